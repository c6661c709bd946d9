while (
    current_position < maximum_position_allowed
    and not stop_requested_by_user_or_system(x)
):
    pass
