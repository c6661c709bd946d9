log.info('%s', x)
