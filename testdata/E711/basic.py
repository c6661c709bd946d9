if len(items) == None:
    pass
if [] != None:
    pass
while None == f"{text}":
    break
