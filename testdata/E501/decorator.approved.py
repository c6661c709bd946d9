@some.decorator.factory(
    first_option="value one", second_option="value two", third_option=3
)
def f():
    pass
