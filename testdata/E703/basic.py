import os;


def f(x):
    a = 1;
    b = 2 ;  # the comment stays
    c = 3 \
        ;
    if x: return a;
    d = 4; e = 5;
    return os, a, b, c, d, e;
