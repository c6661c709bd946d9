def f():
    return some_object_with_a_long_name.some_attribute_with_long_name.another_attribute_x
