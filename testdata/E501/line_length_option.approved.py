# pyfix: --line-length=40
result = compute_something(
    first, second
)
