def get_types():
    return (ValueError,)


try:
    print()
except "not an exception":
    pass

try:
    print()
except get_types():
    pass

try:
    print()
except (ValueError, get_types()[0]):
    pass
