import json


def __getattr__(name):
    return __import__(name)
