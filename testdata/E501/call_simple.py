print("hello world this is a fairly long string argument", some_variable_name, another_one)
