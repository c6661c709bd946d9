# The module replaces `BaseException` in the builtins module: `except BaseException:` would
# catch only what it names now.
import builtins

builtins.BaseException = ValueError
try:
    raise KeyError("k")
except:
    print("cleanup")
    if True:
        raise
