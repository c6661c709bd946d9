import json


def load(name):
    return globals()[name]
