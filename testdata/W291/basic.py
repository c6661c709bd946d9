import os   


def f(x):  
    """Docstring."""	
    y = x + 1 
    return y    # comment   


class C:
    a = [
        1,   
        2,	 
    ]   
