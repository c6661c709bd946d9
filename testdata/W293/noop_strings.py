def f():
    """Docstring.
    
    More.
    """
    return """
   
"""
