def f():
    assert lambda a, b: first_element_value_name and second_element_value_name and third_elemen
