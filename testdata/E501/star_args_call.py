result = some_function_with_a_long_name(*positional_arguments_list, **keyword_arguments_dictionary)
