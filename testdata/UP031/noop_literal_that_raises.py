empty = "%s" % (())
none = "%s" % ()
char = "%c" % ("a",)
number = "%d items" % ("three",)
hexadecimal = "%x" % "ff"
