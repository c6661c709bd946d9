import typing
import unittest
from typing import override


def getValue():
    pass


class Visitor:
    def visit_Name(self, node):
        pass

    def depart_Section(self, node):
        pass

    def do_EOF(self, line):
        pass

    def __init__(self):
        pass

    def handleEvent(self):
        pass


class Case(unittest.TestCase):
    def setUp(self):
        pass

    def tearDownClass(cls):
        pass

    def asyncSetUp(self):
        pass


class Child(Case):
    @override
    def runTest(self):
        pass

    @typing.override
    def debugRun(self):
        pass


def lower_case():
    pass


@typing.overload
def Field(default: int) -> int: ...


@typing.overload
def Field(default: str) -> str: ...


def Field(default):
    return default
