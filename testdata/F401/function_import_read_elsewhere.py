import os


def dump(data):
    import json
    import pickle

    return pickle.dumps(data)


def load(text):
    import json

    return json.loads(text)


def nested():
    import csv

    def inner(path):
        return csv.reader(open(path))

    return inner


def declared():
    global shlex
    import shlex


def quoted(s):
    return shlex.quote(s) + os.sep
