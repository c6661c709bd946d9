pair = "%s %s" % ((1, 2))
names = "%s-%s" % ((first, last))
