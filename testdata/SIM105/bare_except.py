# pyfix: --unsafe-fixes
import sys


def close(stream):
    try:
        stream.close()
    except:
        pass
    try:
        sys.stdout.flush()
    except BaseException:
        pass
