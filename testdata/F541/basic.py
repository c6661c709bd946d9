a = f"plain"
b = F'shout'
c = rf"raw \d+ {{braces}}"
d = f"{{literal}} braces and }} closing"
e = f"""triple
quoted"""
g = print(f"inside a call", f'')
h = f"{f'nested'}"
i = f"tab\there"
j = f"no field " f'anywhere' "plain"
