import typing as t
from typing import Any, Optional, Union


def first(items: list[Any]) -> Any:
    return items[0]


def optional(value: Optional[Any], other: "Union[int, Any]", third: Any | None) -> None:
    pass


def quoted(value: "t.Any", star: "Any") -> "Any":
    pass


def nested(value: dict[str, Any]) -> list[Any]:  # Any inside another type is fine
    return []


def star(*args: Any, **kwargs: Any) -> None:
    pass


class Base:
    @t.override
    def handle(self, event: Any) -> Any:  # an override keeps its base's types
        return event
