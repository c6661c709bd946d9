if x:
    pass
elif some_condition_variable_name is not None and another_condition_variable_name > 10:
    pass
