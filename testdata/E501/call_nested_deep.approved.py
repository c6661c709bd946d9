value = outer_function(
    inner_function(
        argument_one,
        middle(argument_two, deep_call(argument_three, argument_four, argument_five)),
    )
)
