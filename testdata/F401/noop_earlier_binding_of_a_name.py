import xml.dom
import xml.sax  # noqa: F401

x = 1
