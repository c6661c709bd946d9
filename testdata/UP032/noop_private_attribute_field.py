class C:
    def show(self, o):
        # inside a class `o.__x` in source reads `o._C__x`; str.format reads `__x` as written
        return '{0.__x} {.__y}'.format(o, o)
