# pyfix: --target-version=py313
from typing import Generic, NoDefault, Protocol, TypeVar

T = TypeVar("T")


def f(x: Generic[T] = None):
    return x


def g(x: Protocol[T] = []):
    return len(x)


def h(x: NoDefault = None):
    return x
