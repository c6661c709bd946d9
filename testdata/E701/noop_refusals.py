def f(): return 1


def g(x): pass


class Stub: ...


class Protocol:
    def method(self) -> int: ...


if True: ...
else: ...
try: ...
except ValueError: ...  # a lone `...` is a stub body


def h(x):
    if x: return 1  # noqa: E701
    if x: return 2  # fmt: skip
    # fmt: off
    if x: return 3
    # fmt: on
    key = lambda item: item
    value: int = 1
    return {1: 2}[1:]


class Redefined: pass  # type: ignore
if Redefined: print(1)  # pragma: no cover
while False: pass  # pyright: ignore[reportGeneralTypeIssues]
