# pyfix: --target-version=py310
def greet(name: str | None = None, times: int | float | None = None, items: list[str] | None = None):
    return name, times, items
