# pyfix: --unsafe-fixes
try:
    run()
except KeyError:
    raise LookupError("no name to chain")
except:
    raise LookupError("bare")
try:
    run()
except ValueError as err:
    raise
except TypeError as err:
    raise err
except OSError as err:
    raise (err)
except LookupError as err:
    raise RuntimeError() from err
except ArithmeticError as err:
    raise RuntimeError() from None
except RuntimeError as err:
    try:
        raise Other()
    finally:
        raise Other()
    for x in y:
        pass
    else:
        raise Other()
    while x:
        pass
    else:
        raise Other()

    def later():
        raise Other()

    class Inner:
        raise Other()
    raise Other()  # noqa: B904
try:
    run()
except KeyError as err:
    err = wrap(err)
    raise LookupError()
except IndexError as err:
    try:
        retry()
    except OSError as err:
        pass
    raise LookupError()
except ValueError as err:
    del err
    raise LookupError()
