# pyfix: --unsafe-fixes
from json import JSONDecodeError
import contextlib


class Missing(Exception):
    pass


def load(loads, text):
    with contextlib.suppress(JSONDecodeError, Missing):
        loads(text)
