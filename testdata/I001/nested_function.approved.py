def f():
    import os
    import sys
    return sys, os
