def parameter(a, b=[a]):
    return len(b)


def rebound(items=list(LIMITS)):
    LIMITS = 3
    return len(items), LIMITS


class C:
    DEFAULTS = {"a": 1}

    def method(self, options=dict(DEFAULTS)):
        return len(options)
