import os

if os.name:
    import xml.a
    import xml.b
else:
    import xml.c, json
import xml.d

print(json)
