#!/usr/bin/env python3
# Header comment.
import sys


def f(a: list = []):
    return len(a)


def g(b: dict = {}):
    return len(b)


def h(c: set = set()):
    return len(c)
