for (
    first_long_target_name_here,
    second_long_target_name_here,
    third_target_names,
) in pairs:
    pass
