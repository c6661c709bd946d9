def f(a=[], b={}):
    a.append(1)
    return len(a) + len(b)
