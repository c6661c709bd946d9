try:
    run()
except KeyError as err:
    raise LookupError("missing") from err
