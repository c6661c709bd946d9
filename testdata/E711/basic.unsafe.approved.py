if len(items) is None:
    pass
if [] is not None:
    pass
while None is f"{text}":
    break
