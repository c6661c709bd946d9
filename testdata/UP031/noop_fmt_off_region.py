name, count = "a", 1
# fmt: off
label = "%s: %d"   %   (name, count)
# fmt: on
print(label)
