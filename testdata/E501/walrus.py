if (match_object := compiled_regular_expression.match(input_string_to_check)) is not None and ok:
    pass
