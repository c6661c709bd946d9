# pyfix: --flake8-annotations=allow-star-arg-any
from typing import Any


def forward(value: Any, *args: Any, **kwargs: Any) -> None:
    pass
