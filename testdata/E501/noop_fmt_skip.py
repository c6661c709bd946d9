result = compute_something(first_argument, second_argument, third_argument, fourth_argument_x)  # fmt: skip
