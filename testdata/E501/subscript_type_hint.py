mapping: Dict[str, Tuple[int, int, Optional[List[SomeVeryLongTypeName]]]] = make_mapping(arg1, arg2)
