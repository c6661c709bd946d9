import json
from json import loads as load
from pickle import load
import os
import os.path as os


def handler():
    pass


def handler(event):
    return event


class Config:
    pass


class Config:
    debug = False


class TestParser:
    def test_empty(self):
        assert True

    def test_empty(self):
        assert not False

    def __eq__(self, other):
        return True

    __eq__ = None


callback = None


def callback():
    pass


json = None


def reset():
    pass


reset()
del reset


def reset():
    pass


def reset():
    pass


print(reset, load, os, handler, Config, TestParser, callback, json)
