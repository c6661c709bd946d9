#!/usr/bin/env python3
# Header comment.
import sys
from typing import Optional


def f(a: Optional[list] = None):
    if a is None:
        a = []
    return len(a)


def g(b: Optional[dict] = None):
    if b is None:
        b = {}
    return len(b)


def h(c: Optional[set] = None):
    if c is None:
        c = set()
    return len(c)
