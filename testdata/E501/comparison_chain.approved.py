is_valid = (
    minimum_allowed_value
    <= current_measured_value
    <= maximum_allowed_value_for_this_sensor
)
