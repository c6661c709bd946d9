# pyfix: --unsafe-fixes
from json import JSONDecodeError


class Missing(Exception):
    pass


def load(loads, text):
    try:
        loads(text)
    except (JSONDecodeError, Missing):
        pass
