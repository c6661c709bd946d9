# pyfix: --unsafe-fixes
# A self-documenting field prints its expression as written: no fix may touch it.
x = 3
print(f"{[x] == None=}", f"{x != None = }")
