s = "héllo"   
t = "日本"  # 注释 
