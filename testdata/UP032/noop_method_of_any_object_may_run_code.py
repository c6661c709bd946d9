seen = []
store = Store()
print("{} {}".format(seen, store.get(1)))
