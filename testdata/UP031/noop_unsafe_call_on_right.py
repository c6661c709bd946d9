a = '%s' % get()
