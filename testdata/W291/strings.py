s = """first   
second	
third"""   
t = '''a  
  b'''  
