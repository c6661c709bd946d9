from m import a as a
from m import b as b  # noqa: F401
from n import c as c
from n import d as d  # keep on d
