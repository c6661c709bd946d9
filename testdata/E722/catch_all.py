# pyfix: --unsafe-fixes
try:
    run()
except:
    log("failed")
try:
    run()
except :  # spaced
    pass
try: run()
except: pass
try:
    run()
except \
:
    pass


def gen():
    try:
        yield 1
    except:
        def inner():
            raise
        return inner
