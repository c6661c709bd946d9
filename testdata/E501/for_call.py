for index, element in enumerate(some_function_returning_items(first_argument, second_argument)):
    pass
