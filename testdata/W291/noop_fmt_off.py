# fmt: off
x = [1,2,   
     3]   
# fmt: on
y = 1  # fmt: skip   
z = [   # fmt: skip
    1,   
]
