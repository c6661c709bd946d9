a = '[%-8s]' % 'name'
