def f():
    import os
    import sys

    # done
    return 1
