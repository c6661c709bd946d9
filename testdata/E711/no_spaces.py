a = []==None
b = (None)!=({})
