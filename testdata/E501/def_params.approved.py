def function_with_many_parameters(
    first_parameter, second_parameter, third_parameter, fourth
):
    pass
