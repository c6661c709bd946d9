result = compute_something(first_argument, second_argument, third_argument, fourth)  # ty: ignore[unresolved-reference]
