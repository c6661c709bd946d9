# The names each file binds at module level, by CPython's symtable: {path: [names]} as JSON.
import symtable, sys, json
def globals_written(t, acc):
    for c in t.get_children():
        for s in c.get_symbols():
            if s.is_declared_global() and (s.is_assigned() or s.is_imported()):
                acc.add(s.get_name())
        globals_written(c, acc)
out = {}
for path in sys.argv[1:]:
    if not path: continue
    try:
        t = symtable.symtable(open(path, 'rb').read(), path, 'exec')
    except Exception:
        continue
    names = {s.get_name() for s in t.get_symbols() if s.is_assigned() or s.is_imported() or s.is_namespace()}
    globals_written(t, names)
    out[path] = sorted(names)
json.dump(out, sys.stdout)
