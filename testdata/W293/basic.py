import os
    

def f(x):
    y = x
    
    return y
	

class C:
    a = 1
  	
    b = 2
