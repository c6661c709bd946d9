def f():
    return not (
        some_condition_variable_name and another_condition_variable_name_that_is_long
    )
