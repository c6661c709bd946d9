x = 1  # c
y = 2  # c
z = 3  # c
print(x)
