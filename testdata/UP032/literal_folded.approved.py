a = f'k: {v}'
b = 'abab'
c = 'key=1'
d = f'{{x}} {{literal}} {y}'
def f(v):
    return f"{v}"
def g(v):
    yield f"{v}"
