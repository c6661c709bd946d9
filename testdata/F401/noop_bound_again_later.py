import os
import xml.dom
import xml.sax

os = None


def walk():
    import json
    import json.decoder

    return json.decoder


xml = None
