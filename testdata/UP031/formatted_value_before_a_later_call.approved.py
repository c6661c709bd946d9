a = f'{len(items)} then {items.pop()!s}'
b = f'{type(x).__name__!s} then {push(1)!s}'
c = '%s %s' % (items, name.strip())
