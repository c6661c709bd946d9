# pyfix: --flake8-annotations=suppress-none-returning
def log(message: str):  # every return is bare or None: left alone
    if not message:
        return
    print(message)
    return None


def value(message: str):  # returns a value: reported
    def inner():
        return 1  # a nested function's return does not count

    return message
