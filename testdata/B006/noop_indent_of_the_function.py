if True:
  x = 1


def f(a=[]):
        return len(a)
