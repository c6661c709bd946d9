a = 'items: %s' % [1, 2]
