a = '%s then %s' % (items, items.pop())
b = '%s then %s' % (get_log(), push(1))
