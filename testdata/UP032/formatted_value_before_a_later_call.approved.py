a = f'{len(items)} then {items.pop()}'
b = f'{cls.__name__} then {push(1)}'
c = '{} {}'.format(items, name.lower())
d = f'{items} {str(items)}'
e = f'{f()} {g}'
