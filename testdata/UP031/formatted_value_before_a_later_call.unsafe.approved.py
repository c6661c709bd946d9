a = f'{len(items)} then {items.pop()!s}'
b = f'{type(x).__name__!s} then {push(1)!s}'
c = f'{items!s} {name.strip()!s}'
