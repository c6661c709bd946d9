a = '%s then %s' % (len(items), items.pop())
b = '%s then %s' % (type(x).__name__, push(1))
c = '%s %s' % (items, name.strip())
