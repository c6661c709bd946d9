# pyfix: --target-version=py310
def greet(name: str = None, times: int | float = None, items: list[str] = None):
    return name, times, items
