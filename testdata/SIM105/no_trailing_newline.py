# pyfix: --unsafe-fixes
try:
    x = int("1")
except ValueError:
    pass