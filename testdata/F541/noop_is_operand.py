s = None
print(f"ab" is s)
print((f"ab") is not s)
