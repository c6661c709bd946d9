def f(x=[]):
    x = compute()
    return len(x)
