def very_long_function_name_for_testing(argument_one, argument_two) -> Optional[SomeLongReturnType]:
    pass
