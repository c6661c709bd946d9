x = (1)
print("a")
f((1,))
f(x for x in y)
g(  # c
    a
)
h((yield))
