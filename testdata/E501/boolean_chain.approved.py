if (
    some_condition_variable
    and another_condition_variable
    or yet_another_condition
    and final_one
):
    pass
