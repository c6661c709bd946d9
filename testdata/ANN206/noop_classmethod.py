class Point:
    @classmethod
    def origin(cls):
        return cls()

    @classmethod
    def typed(cls) -> "Point":
        return cls()

    def __init_subclass__(cls):  # implicitly a classmethod, but a special method: ANN204
        pass
