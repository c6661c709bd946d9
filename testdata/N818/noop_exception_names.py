import socket


class Invalid(Exception):
    pass


class Stop(BaseException):
    pass


class Timeout(socket.timeout, OSError):
    pass


class Custom(Invalid):
    pass


class ParseError(ValueError):
    pass


class AppException(Exception):
    pass


class Plain(object):
    pass


class Mixed(Base, metaclass=Meta):
    pass


class Rounded(DecimalException):
    pass


class Bad(csv.Error):
    pass
