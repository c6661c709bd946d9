def function_name(first_parameter, second_parameter, third_parameter_with_long_name, fourth_parameter_with_long_name_x):  # the first
    pass
