first_value, second_value, third_value = compute_first(), compute_second(), compute_third_one()
