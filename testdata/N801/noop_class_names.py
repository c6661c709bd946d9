class myClass:
    pass


class _private_helper:
    pass


class Snake_Case:
    pass


class CapWords:
    pass


class _Private:
    pass


class HTTPServer:
    pass


class _:
    pass


class ___:
    pass
