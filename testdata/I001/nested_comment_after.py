def f():
    import sys
    import os
    # done
    return 1
