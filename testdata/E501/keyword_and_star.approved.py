def function_name(
    positional_one, positional_two, /, normal, *, keyword_only_one, kw_two
):
    pass
