import os as o

print(o.sep)
