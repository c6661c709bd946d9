result = {"key_one": compute_value(argument_one, argument_two), "key_two": other_value_here_long}
