import os

if os.name:
    pass
else:
    import json

print(json)
