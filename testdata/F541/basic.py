a = f"plain"
b = F'shout'
c = rf"raw \d+ {{braces}}"
d = f"{{literal}} braces and }} closing"
e = f"""triple
quoted"""
f = f"{x}" f" tail"
g = print(f"inside a call", f'')
h = f"{f'nested'}"
i = f"tab\there"
