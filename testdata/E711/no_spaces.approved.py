a = [] is None
b = (None) is not ({})
