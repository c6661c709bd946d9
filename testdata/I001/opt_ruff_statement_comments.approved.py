# pyfix: --import-style=ruff

# a comment after the closing parenthesis stays there; sorted, it was no finding
from x import (
    y,
    z,
)  # noqa: F401

x = 1

from x import (
    y,
    z,
)  # type: ignore[attr-defined]

x = 2

# joined onto one line, it goes to the line's end
from x import y, z  # joined

x = 3

# comments of merged statements: each as written, in source order
from q import k, m, n, o  # three  #four
from x import (
    a,
    b,
    c,
    d,
)  # one  # two

x = 4

# on the "from" line it is the statement's; on a name's line, that name's
from e import (  # gee
    g,
    h,  # after
)
from x import (  # first
    y,
    z,
)  # last

x = 5

# own-line comments before the closing parenthesis stay after the name they followed
from x import (
    y,
    # own line
    z,
)  # last

x = 6

# the statement's comments go with its first name, here into the statement of the "as" name
from x import (
    w,
    z,
)
from x import (
    y as yy,
)  # c

x = 7

# comment lines stay above the statement that prints the first name of theirs
from . import py3compat
from ._process_common import arg_split as py_arg_split

# our own imports
from ._process_common import process_handler, read_no_interrupt
