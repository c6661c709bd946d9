# pyfix: --unsafe-fixes
try:
    run()
except Exception:
    log("failed")
try:
    run()
except Exception:  # spaced
    pass
try: run()
except Exception: pass
try:
    run()
except Exception:
    pass


def gen():
    try:
        yield 1
    except Exception:
        def inner():
            raise
        return inner
