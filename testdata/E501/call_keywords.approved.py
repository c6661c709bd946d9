result = compute_something(
    first_argument=1, second_argument="two", third_argument=[3], fourth=4.0
)
