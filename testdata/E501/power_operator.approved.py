result = (
    base_value_with_long_name**exponent_value_with_long_name
    + other_base**other_exponent_val
)
