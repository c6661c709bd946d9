class A:
    import os
    import sys
