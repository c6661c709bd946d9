foo = function_name(argument_one)[index_one](argument_two)[index_two](argument_three, arg_4)
