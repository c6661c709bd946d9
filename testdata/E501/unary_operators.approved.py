result = (
    -some_function_name(argument_number_one)
    + ~another_function(argument_number_two)
    - not_x
)
