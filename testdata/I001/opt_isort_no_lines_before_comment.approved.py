# pyfix: --import-style=isort --import-option=no_lines_before=["THIRDPARTY"]
import os

# above
import zzmod.sub

print(os, zzmod)
