# pyfix: --unsafe-fixes
def load(path):
    try:
        return parse(path)
    except KeyError as err:
        raise ConfigError(f"missing key in {path}")
    except (OSError, ValueError) as exc:
        if exc.errno:
            raise ConfigError(
                path,
                exc.errno,
            )  # with the errno
        elif strict:
            raise ConfigError
        for attempt in retries:
            raise Retry(attempt)
        while waiting:
            raise Retry()
        with lock:
            raise Locked(path)
        match mode:
            case "strict":
                raise Strict() ; log()
        raise ConfigError(exc.args) \
            if exc.args else ConfigError()
try:
    run()
except* ValueError as group:
    raise RuntimeError("failed")
