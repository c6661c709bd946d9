t = "12-x"
print("{}-x".format(12) is t)
print(t is (("{}".format(1))) is t)
