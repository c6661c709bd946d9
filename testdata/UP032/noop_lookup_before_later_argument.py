# format looks fields up after it evaluated every argument: IndexError comes first here,
# where the f-string would raise KeyError (or AttributeError) first
a = '{0[k]} {1}'.format(d, items[0])
b = '{0.k} {1}'.format(o, items[0])
c = '{0[0]} {1}'.format(g, g.size)
