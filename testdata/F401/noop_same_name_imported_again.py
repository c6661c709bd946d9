import xml.dom
import xml.etree
import xml.sax

x = 1
