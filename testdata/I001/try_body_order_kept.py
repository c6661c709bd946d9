try:
    import c
    from a import (
        b)
except ImportError:
    pass
