a = template.format(x)
b = _('{}').format(x)
