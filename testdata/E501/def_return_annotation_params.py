def function_name(argument_one: int, argument_two: str) -> Dict[str, List[Tuple[int, str, float]]]:
    pass
