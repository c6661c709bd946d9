import socket


class Local:
    Error = OSError


def f(x):
    try:
        x()
    except socket.timeout:
        pass
    try:
        x()
    except Local.Error as e:
        pass
    return e


async def g(x):
    try:
        await x()
    except ValueError:
        pass
