# pyfix: --ignore-names=startElement,*Handler
def startElement(self, name):
    pass


def onClickHandler():
    pass


def setUp():
    pass
