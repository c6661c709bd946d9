result = outer_call(
    inner_call(
        first_argument,
        second_argument,
    ),
    third_argument_value_long_name,
)
