a = '%.1f%%' % (len(done),)
