# pyfix: --import-style=ruff
import a   
import b	

x = 1  
