# pyfix: --import-style=isort --import-option=profile="django" --import-option=wrap_length=40
if True:
    from yy import (
        CONST, MAX_X, aB, load,
        name_with_long_identifier,
        path9, path10, x,
    )

    print(x, path10, path9, name_with_long_identifier, load, aB, MAX_X, CONST)
