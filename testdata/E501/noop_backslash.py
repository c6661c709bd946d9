result = compute_something(first_argument, second_argument) + \
    another_function_with_a_long_name(third_argument, fourth_argument, fifth_argument_x)
