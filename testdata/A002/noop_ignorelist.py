# pyfix: --builtins-ignorelist=id --target-version=py310
def show(id, type, anext):
    return id, type, anext
