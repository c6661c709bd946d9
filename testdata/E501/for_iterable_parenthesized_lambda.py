# pyfix: --line-length=40
for wrapper in (lambda f: f), Tellable, Unseekable:
    pass
