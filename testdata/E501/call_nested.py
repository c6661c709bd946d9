value = outer_function(inner_function(argument_one, argument_two), other_inner(argument_three, arg4))
