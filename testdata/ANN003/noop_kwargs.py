def tags(**labels) -> list:
    return sorted(labels)


def typed(**labels: str) -> list:
    return sorted(labels)


def both(*args, **kwargs) -> None:
    pass
