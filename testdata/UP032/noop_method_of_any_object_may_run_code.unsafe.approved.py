seen = []
store = Store()
print(f"{seen} {store.get(1)}")
