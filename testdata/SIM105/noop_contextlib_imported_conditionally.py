# pyfix: --unsafe-fixes
# `contextlib` is bound only when the `if` runs: the fix must not reuse it.
import sys

if sys.version_info < (3, 0):
    import contextlib
try:
    import no_such_module_xyz
except ImportError:
    pass
print("ok")
