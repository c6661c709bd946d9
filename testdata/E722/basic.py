try:
    run()
except:
    if not quiet:
        raise


def close(stream):
    try:
        stream.close()
    except ValueError:
        pass
    except:  # anything else goes up
        for handler in handlers:
            handler()
        else:
            raise
