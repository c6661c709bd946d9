from __future__ import annotations


def get(obj, type: type = None):
    return obj, type


def put(obj, kind: type = None):
    return obj, kind
