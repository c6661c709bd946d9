# PEP 614: a decorator may be any expression; one pyfix cannot name may read the signature
routes = [lambda f: f]


@routes[0]
def index(tags=None):
    if tags is None:
        tags = []
    return len(tags)


@(lambda f: f)
def page(tags=None):
    if tags is None:
        tags = []
    return len(tags)
