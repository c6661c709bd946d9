a = 1  # noqa   
b = 2  # noqa: W291   
c = 3  #noqa:W291  
d = 4  # NOQA:w291,E501 
e = 5  # noqa: E501   
f = 6  # type: ignore # noqa   
