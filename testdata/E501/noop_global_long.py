def f():
    global first_global_variable_name, second_global_variable_name, third_global_variable_x
