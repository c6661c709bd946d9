# pyfix: --import-style=ruff

# a comment after the closing parenthesis stays there; sorted, it was no finding
from x import (
    y,
    z,
)  # noqa: F401

x = 1

from x import (
    z,
    y,
)  # type: ignore[attr-defined]

x = 2

# joined onto one line, it goes to the line's end
from x import (
    z,
    y
)  # joined

x = 3

# comments of merged statements: each as written, in source order
from x import (
    b,
    c,
)  # one
from x import (
    a,
    d,
)  # two
from q import m, n  # three
from q import k, o  #four

x = 4

# on the "from" line it is the statement's; on a name's line, that name's
from x import (  # first
    z,
    y,
)  # last
from e import (g,  # gee
    h)  # after

x = 5

# own-line comments before the closing parenthesis stay after the name they followed
from x import (
    z,
    y,
    # own line
)  # last

x = 6

# the statement's comments go with its first name, here into the statement of the "as" name
from x import (
    y as yy,
    z,
)  # c
from x import w

x = 7

# comment lines stay above the statement that prints the first name of theirs
from . import py3compat
from ._process_common import arg_split as py_arg_split

# our own imports
from ._process_common import process_handler, read_no_interrupt
