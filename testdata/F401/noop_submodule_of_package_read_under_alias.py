# `import xml.dom` makes `x.dom` reachable: Ruff counts it as used while `x` is read
import xml as x
import xml.dom
import xml.sax.handler


def f():
    return x.dom, x.sax.handler
