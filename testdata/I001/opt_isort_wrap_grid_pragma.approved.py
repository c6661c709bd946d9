# pyfix: --import-style=isort --import-option=multi_line_output=0 --import-option=line_length=40
from m import (  # type: ignore
    AAAAAAA,
    BBBBBBB,
    CCCCCCC,
)
from n import (  # noqa: F401
    DDDDDDD,
    EEEEEEE,
    FFFFFFF,
)
