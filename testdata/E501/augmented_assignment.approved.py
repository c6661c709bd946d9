accumulated_total_value += some_function_name(argument_number_one) * another_function(
    arg2
)
