# pyfix: skip-file
x = 1   
