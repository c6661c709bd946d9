a = '{}'.format('text')
