a = '5 items'
