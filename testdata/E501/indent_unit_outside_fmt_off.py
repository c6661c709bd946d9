# fmt: off
if True:
  matrix = [
    1, 0,
    0, 1,
  ]
# fmt: on


def function_with_a_long_call():
    return some_function_name(argument_number_one, argument_number_two, argument_number_three)
