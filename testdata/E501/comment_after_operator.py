total = first_value_with_a_long_name + second_value_with_a_long_name + third_value_with_a_long_name + fourth_value_x  # first part
