a = u'{}'.format(x)
