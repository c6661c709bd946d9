single_element_tuple_with_a_long_name = (
    some_function_call_with_long_arguments(argument_one),
)
