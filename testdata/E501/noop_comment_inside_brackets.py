result = compute_something(
    first_argument,  # the first
    second_argument,  # the second
    third_argument_with_a_much_longer_name_that_pushes_past_the_limit_of_the_line_xx,
)
