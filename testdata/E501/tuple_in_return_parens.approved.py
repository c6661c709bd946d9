def f():
    return (
        first_result_value,
        second_result_value,
        third_result_value,
        fourth_result_x,
    )
