value = some_function(argument)  # a trailing comment that makes this line longer than the limit
