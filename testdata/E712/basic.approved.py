if isinstance(node, Leaf):
    visit(node)
if not (key in cache):
    load(key)
seen = callable(f)
fresh = hasattr(obj, "x")
if not (not ready):
    pass
if not not (a is b):
    pass
ok = all(checks) is True == (x is y)
