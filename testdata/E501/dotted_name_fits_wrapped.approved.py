# A dotted name that fits on a line of its own is wrapped in parentheses,
# as Black and Ruff do.
xxxxxxxxxxxxxxxxxxxxxxxxxx = (
    some.really.really.really.looooooooooooooooooong.module.over89.Error
)


def f():
    return (
        some.really.really.really.looooooooooooooooooooooooooooooooong.module.over8.Err
    )
