# pyfix: --select=W
def f():
    """Docstring.
    
    More.
    """
    return """
   
"""
