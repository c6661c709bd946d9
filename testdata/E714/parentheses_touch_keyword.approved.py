def check(value, other):
    return value is not None and other is not value or value
