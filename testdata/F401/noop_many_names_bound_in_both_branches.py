# A compatibility module binds each name twice, once per Python version, and uses none of them:
# each last import's fix takes the earlier one along, so the fixes overlap and take one round each
# (12 rounds with --unsafe-fixes, where the engine used to give up after 10).
import sys

if sys.version_info[0] < 3:
    from urllib import (urlretrieve, quote as _quote, unquote, url2pathname,
                        build_opener)
    if sys.platform:
        from urllib2 import HTTPSHandler
    import httplib
    import xmlrpclib
    import Queue as queue
    from HTMLParser import HTMLParser
    import htmlentitydefs
    from itertools import ifilterfalse as filterfalse
    import ConfigParser as configparser
    from StringIO import StringIO
else:
    import configparser
    import shutil
    from urllib.parse import (urlparse, urlunparse, urljoin, quote,
                              unquote, urlsplit, urlunsplit, splittype)
    from urllib.request import (urlopen, urlretrieve, Request, url2pathname,
                                build_opener)
    if sys.platform:
        from urllib.request import HTTPSHandler
    import http.client as httplib
    import xmlrpc.client as xmlrpclib
    import queue
    from html.parser import HTMLParser
    import html.entities as htmlentitydefs
    from itertools import filterfalse
    from io import StringIO
