import xml as x
import xml.dom
import os as o
import xml.sax

print(o.sep)
