a = f'{items!s} then {items.pop()!s}'
b = f'{get_log()!s} then {push(1)!s}'
