"""Module docstring."""
"a statement after the docstring is only a string"


class C:
    x = 1
    "nor is one after the first statement"


if True:
    "nor one in an if block"
