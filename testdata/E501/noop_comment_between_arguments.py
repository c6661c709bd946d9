result = compute_something(
    first_argument,
    # about the second
    second_argument,
    third_argument_with_a_long_name,
    fourth_argument_with_a_long_name_x,
)
