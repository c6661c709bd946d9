a = "{0[key]}".format(mapping)
