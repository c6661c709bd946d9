chunk = some_long_list_variable_name[start_index_value + offset_value : end_index_value - offset]
