a = ([]  # one
     == None)
b = {} \
    != None
