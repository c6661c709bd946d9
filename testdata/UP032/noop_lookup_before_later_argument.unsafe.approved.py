# format looks fields up after it evaluated every argument: IndexError comes first here,
# where the f-string would raise KeyError (or AttributeError) first
a = f'{d["k"]} {items[0]}'
b = f'{o.k} {items[0]}'
c = f'{g[0]} {g.size}'
