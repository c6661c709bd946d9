if True:
  x = 1


def f(a=None):
        if a is None:
                a = []
        return len(a)
