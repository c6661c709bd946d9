pair = "1 2"
names = f"{first!s}-{last!s}"
