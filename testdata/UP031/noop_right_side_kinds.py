a = b"%d bytes" % n
b = "%s" % (n + 1)
c = "%x" % -n
d = "%s" % (x if y else z)
e = "%s" % {1, 2}
f = "%s" % [i for i in x]
g = "%s" % (not x)
