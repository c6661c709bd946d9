a = ('{} ' 'literal {{braces}}' ' and text').format(x)
