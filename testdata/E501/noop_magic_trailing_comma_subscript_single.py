value = some_mapping_with_a_long_name[
    first_key_expression_value,
    second_key_expression_v,
]
