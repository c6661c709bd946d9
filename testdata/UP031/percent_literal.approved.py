a = '100% of x'
