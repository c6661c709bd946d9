def f(x):
    if x: x = 1; y = 2  # E702's to split
    else: x = 3;
    return x
