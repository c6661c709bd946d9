a = f'{items} then {items.pop()}'
b = f'{get_log()} then {push(1)}'
c = f'{items} {push(2)} {items}'


async def f():
    return f'{items} {await fetch()}'
