try:
    run()
except BaseException:
    if not quiet:
        raise


def close(stream):
    try:
        stream.close()
    except ValueError:
        pass
    except BaseException:  # anything else goes up
        for handler in handlers:
            handler()
        else:
            raise
