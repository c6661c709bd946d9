# pyfix: --unsafe-fixes
import sys
import contextlib


def close(stream):
    with contextlib.suppress(BaseException):
        stream.close()
    with contextlib.suppress(BaseException):
        sys.stdout.flush()
