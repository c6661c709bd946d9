# The names each file reads in any scope, by CPython's symtable: {path: [names]} as JSON.
# Private names come back as written (symtable has `__x` in class C as `_C__x`).
import symtable, sys, json
def referenced(t, acc, mangle):
    if t.get_type() == 'class':
        mangle = '_' + t.get_name().lstrip('_')
    for s in t.get_symbols():
        name = s.get_name()
        if s.is_referenced():
            if mangle and name.startswith(mangle + '__'):
                name = name[len(mangle):]
            acc.add(name)
    for c in t.get_children():
        referenced(c, acc, mangle)
out = {}
for path in sys.argv[1:]:
    if not path: continue
    try:
        t = symtable.symtable(open(path, 'rb').read(), path, 'exec')
    except Exception:
        continue
    names = set()
    referenced(t, names, None)
    names.discard('__class__')  # the implicit cell of zero-argument super()
    out[path] = sorted(names)
json.dump(out, sys.stdout)
