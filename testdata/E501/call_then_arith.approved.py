result = some_function_name(argument_one, argument_two)[index_value] + another_function(
    arg_three
)
