# The module replaces builtins themselves: `len` is no longer known to return an int.
import builtins
from unittest import mock

with mock.patch.object(builtins, "len", lambda s: 2.5):
    a = "%d" % len("abc")
