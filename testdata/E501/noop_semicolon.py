x = 1; result = compute_something(first_argument, second_argument, third_argument, fourth_ar)
