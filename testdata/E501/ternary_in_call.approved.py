call_function(
    first_argument if condition_value else second_argument, third_argument_value
)
