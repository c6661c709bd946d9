def function_with_annotations(first: int, second: str = "default", *args: Any, **kwargs: Any) -> None:
    pass
