a = '{}'.format(x)  # noqa: UP032
