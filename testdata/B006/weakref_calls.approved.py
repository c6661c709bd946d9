import weakref
import weakref as wr
from weakref import WeakSet as WS, WeakValueDictionary


def a(x=weakref.WeakSet()):
    return len(x)


def b(x=wr.WeakKeyDictionary()):
    return x.get(b)


def c(x=None):
    if x is None:
        x = WS()
    return bool(x)


def d(x=WeakValueDictionary()):
    return list(x)


def e(x=weakref.ref(len)):
    return x
