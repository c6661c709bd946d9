a = '{{}} {} {{x}}'.format(value)
