name = "x"
s = f"""hello {name}   
bye {name!r:>10}	
end"""
t = rf"""raw {name}  
"""
