a = 'a-1'
b = f'{{a}} {{{x!s}}}'
c = 'one and two'
d = '<0>'
def f(v):
    return f'{v!s}'
