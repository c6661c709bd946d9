# a field nested in a spec: Ruff and pyupgrade leave the call alone, and so does pyfix
a = '{:{}}|{:>{}}'.format(x, w, y, v)
