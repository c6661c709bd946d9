pattern = r'\d+{}\s'.format(suffix)
