def f():
    import sys
    import os
    return sys, os
