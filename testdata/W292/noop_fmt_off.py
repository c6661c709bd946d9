x = 1
# fmt: off
y = [1,2]