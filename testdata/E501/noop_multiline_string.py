result = compute_something("""
first line of a multi-line string
""", second_argument, third_argument, fourth_argument, fifth_argument_xx)
