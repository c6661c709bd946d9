# pyfix: --unsafe-fixes
def load(path):
    try:
        return parse(path)
    except KeyError as err:
        raise ConfigError(f"missing key in {path}") from err
    except (OSError, ValueError) as exc:
        if exc.errno:
            raise ConfigError(
                path,
                exc.errno,
            ) from exc  # with the errno
        elif strict:
            raise ConfigError from exc
        for attempt in retries:
            raise Retry(attempt) from exc
        while waiting:
            raise Retry() from exc
        with lock:
            raise Locked(path) from exc
        match mode:
            case "strict":
                raise Strict() from exc ; log()
        raise ConfigError(exc.args) \
            if exc.args else ConfigError() from exc
try:
    run()
except* ValueError as group:
    raise RuntimeError("failed") from group
