class Refused:
    def __setitem__(self, key: str, value: int):  # returns a value: no fix
        return value

    def __init__(self):  # yields: no fix
        yield

    def __str__(self):  # any other special method is reported without a fix
        return "refused"

    def __enter__(self):
        return self

    def __new__(cls):
        return super().__new__(cls)

    def __init__(self) -> None:  # annotated
        pass

    def __delitem__(self, key):  # type: (str) -> None
        pass

    def __setitem__(self, key, value):
        # type: (str, int) -> None
        pass


def __init__(self):  # not a method: ANN201
    pass
