first_name = second_name = compute_a_value_from_arguments(
    argument_number_one, argument_number_two
)
