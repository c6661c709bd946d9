def foo(list_a, list_b):
    pass


def xxxxxxxxxxxxxxxxxxxxxxxxxxxx() -> Set["Muy", "Long", "Annotation", "Hereeeeeeeeeeeeeeeeeeeeeeeeeeeee"]:
    pass


def xxxxxxxxxxxxxxxxxxxxxxxxxxxx(x) -> Set["Muy", "Long", "Annotation", "Hereeeeeeeeeeeeeeeeeeeeeeeeeeeee"]:
    pass


def double(a: int) -> int:  # Hello aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
    return 2 * a


def foo() -> intsdfsafafafdfdsasdfsfsdfasdfafdsafdfdsfasdskdsdsfdsafdsafsdfdasfffsfdsfdsafafhdskfhdsfjdslkfdlfsdkjhsdfjkdshfkljds:
    return 2


def foo() -> tuple[loooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo]:
    return 2


def f(
    a,
) -> Set["Muuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuy", "Loooooooooooooooooooooooooooong", "Annotation"]:
    pass


async def ffffffffffffffffffffffffffffffffffffffffffffffffffff() -> (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa):
    pass
