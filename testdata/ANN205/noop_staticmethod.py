class Units:
    @staticmethod
    def to_mm(inches: float):
        return inches * 25.4

    @staticmethod
    def first(value):  # a staticmethod has no self: value is ANN001
        return value

    @staticmethod
    def typed(inches: float) -> float:
        return inches


def staticmethod_outside(x: int):  # not in a class: ANN201
    return x
