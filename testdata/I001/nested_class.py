class A:
    import sys
    import os
