a = "plain"
b = 'shout'
c = r"raw \d+ {braces}"
d = "{literal} braces and } closing"
e = """triple
quoted"""
g = print("inside a call", '')
h = f"{'nested'}"
i = "tab\there"
j = "no field " 'anywhere' "plain"
