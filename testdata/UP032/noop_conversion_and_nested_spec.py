# a field nested in a spec: Ruff and pyupgrade leave the call alone, and so does pyfix
a = '{0!r:^{1}}'.format(x, n)
