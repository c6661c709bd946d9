name = "x"
s = f"""hello {name}   
end"""
u = f"{name}"
