a = (f'{x} ' 'literal {braces}' ' and text')
