def configure():
    import logging.config
    from xml.dom import minidom
    return 1
