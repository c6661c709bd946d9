if isinstance(node, Leaf) == True:
    visit(node)
if (key in cache) == False:
    load(key)
seen = True == callable(f)
fresh = False != hasattr(obj, "x")
if (not ready) != True:
    pass
if not(a is b)==False:
    pass
ok = all(checks) == True == (x is y)
