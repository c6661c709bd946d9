"""Module docstring."""
f"a statement after the docstring is only a string"


class C:
    x = 1
    f"nor is one after the first statement"


if True:
    f"nor one in an if block"
