values = [
    # leading comment
    first_value_in_list,
    second_value_in_list,
    third_value_in_list,
    fourth_value_in_list_x,
]
