a = '{!x}'.format(x)
