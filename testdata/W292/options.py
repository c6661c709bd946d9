# pyfix: --line-length=100 --unsafe-fixes
x = 1