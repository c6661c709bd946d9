def function_with_a_really_long_name_that_goes_on(
    single_parameter_with_a_long_name_too: int,
):
    pass
