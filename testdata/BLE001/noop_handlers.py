import logging

logger = logging.getLogger(__name__)


def swallowed():
    try:
        work()
    except Exception:
        pass
    try:
        work()
    except (ValueError, BaseException) as e:
        return str(e)
    try:
        work()
    except Exception as e:
        raise ValueError("lost the cause")
    try:
        work()
    except Exception:
        logger.error("failed", exc_info=False)


def kept():
    try:
        work()
    except Exception:
        raise
    try:
        work()
    except Exception as e:
        raise RuntimeError("wrapped") from e
    try:
        work()
    except BaseException as e:
        if fatal(e):
            raise e
    try:
        work()
    except Exception:
        logger.exception("failed")
    try:
        work()
    except Exception:
        logging.error("failed", exc_info=True)
    try:
        work()
    except ValueError:
        pass
    try:
        work()
    except:  # E722, not BLE001
        pass


def nested_raise_does_not_count():
    try:
        work()
    except Exception:

        def later():
            raise

        return later


def groups_and_parentheses():
    try:
        work()
    except* Exception:
        pass
    try:
        work()
    except (Exception) as e:
        record(e)
