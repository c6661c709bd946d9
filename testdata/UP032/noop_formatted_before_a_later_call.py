a = '{} then {}'.format(items, items.pop())
b = '{} then {}'.format(get_log(), push(1))
c = '{0} {1} {0}'.format(items, push(2))


async def f():
    return '{} {}'.format(items, await fetch())
