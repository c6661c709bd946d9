# pyfix: --import-style=isort --import-option=profile="django" --import-option=wrap_length=40
if True:
    from yy import x, path10, path9, name_with_long_identifier, load, aB, MAX_X, CONST

    print(x, path10, path9, name_with_long_identifier, load, aB, MAX_X, CONST)
