# pyfix: --import-style=isort --import-option=import_heading_stdlib="Standard\u0020library"
if True:
    import zb, za

# Standard library
import os
