import typing
from collections import namedtuple
from typing import NamedTuple, TypeVar

from django.apps import apps
from django.utils.module_loading import import_string


def stores(items, source):
    Total = 0
    Count: int = 0
    Pending: int
    for Item in items:
        Total += Item
    with source as Handle:
        pass
    if (Size := len(items)) > 1:
        pass
    First, *Rest = items
    match items:
        case [Head, *_]:
            pass
    return Total, Count, First, Rest, Size, Handle, Head


def exempt(items):
    global Registry
    Registry = {}
    T = TypeVar("T")
    P = typing.ParamSpec("P")
    Point = namedtuple("Point", "x y")
    Pair = NamedTuple("Pair", [("a", int)])
    A = B = TypeVar("A")
    Alias: typing.TypeAlias = int
    Model = apps.get_model("app", "Model")
    try:
        pass
    except ValueError as Error:
        pass
    import os as OS
    squares = [X * X for X in items]
    key = lambda: (Y := 1)  # noqa: E731
    self.Attribute = 1
    items[0] = 1

    def Inner():
        pass

    class Local:
        pass

    setUp = maxDiff = 1
    return T, P, Point, Pair, A, B, Alias, Model, OS, squares, key, Inner, Local, setUp


def forwards(apps, schema_editor):
    Model = apps.get_model("app", "Model")
    return Model


class Outer:
    Constant = 1

    def method(self):
        Local = 1
        return Local


def noqa():
    Value = 1  # noqa: N806
    return Value


def outer():
    Done = 0

    def inner():
        nonlocal Done
        Done += 1

    return inner


def django_models(apps, path, name):
    ValidationError = import_string("django.core.exceptions.ValidationError")
    Other = import_string("django.core.exceptions.ValidationError")
    Loaded = import_string(path)
    Bad = apps.get_model("zerver", "Stream")
    Stream = apps.get_model("zerver", "Stream")
    Kw = apps.get_model("zerver", model_name="Kw")
    Any = apps.get_model("zerver", name)
    NoName = apps.get_model()
    return ValidationError, Other, Loaded, Bad, Stream, Kw, Any, NoName
