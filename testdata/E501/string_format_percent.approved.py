print(
    "hello %s this is a long string that goes past the limit of the line" % name,
    file=sys.stderr,
)
