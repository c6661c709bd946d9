# an argument that spans lines: Ruff and pyupgrade leave the call alone, and so does pyfix
message = '{}'.format(compute(
    a, b))
