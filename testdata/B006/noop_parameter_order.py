def f(a=[], b=[], c=[]):
    b.append(1)
    return len(a) + len(b) + len(c)
