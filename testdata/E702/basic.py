import os; import sys


def f(x):
    a = 1; b = 2
    a = 1;  b = 2; c = 3  # the comment stays with the last statement
    s = "a;b"; t = f"{a};{b:;>3}"
    a = 1; \
        b = 2
    if x: a = 1; b = 2
    return os, sys, a, b, c, s, t


def g(): a = 1; return a


class C: x = 1; y = 2
