from m import (b, a,  # noqa: F401
               c, d)
