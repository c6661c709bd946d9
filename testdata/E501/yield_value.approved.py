def g():
    yield some_function_name(
        argument_number_one, argument_number_two, argument_number_three
    )
