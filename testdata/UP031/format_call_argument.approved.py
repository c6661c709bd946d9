a = f"{'{}'.format(x)}"
