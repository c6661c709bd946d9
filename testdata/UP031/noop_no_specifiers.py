a = 'plain' % ()
