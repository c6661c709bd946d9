message = "the value is large enough to matter" if measured_value > threshold_value else default_msg
