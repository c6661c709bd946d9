with some_context_manager_factory(
    first_argument_value, second_argument_value
) as context_value:
    pass
