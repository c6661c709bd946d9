def check(value, other):
    return not (value is None)and not(other is value)or value
