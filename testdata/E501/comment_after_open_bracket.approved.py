call_something(
    argument_number_one, argument_number_two, argument_number_three, argument_four_xx
)  # why we call it
