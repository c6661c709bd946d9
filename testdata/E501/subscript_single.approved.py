value = some_dictionary_with_a_long_name[
    some_key_expression_that_is_long + another_long_term_here
]
