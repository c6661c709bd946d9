# pyfix: --select=W
def f():
    """Docstring with trailing spaces   

    More text	
    """
    return 1


x = """a   
b   """
