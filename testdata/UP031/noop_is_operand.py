s = "a-1"
print("%s-%d" % ("a", 1) is s)
print(s is not ("%s" % "x"))
