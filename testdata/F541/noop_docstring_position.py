f"""Not a docstring: an f-string is not one, and a plain string would be."""


class C:
    (f"nor is this")


def inline(): "a" f"b"
