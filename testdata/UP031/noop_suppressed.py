a = '%s' % (x,)  # noqa: UP031
