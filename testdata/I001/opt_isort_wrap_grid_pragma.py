# pyfix: --import-style=isort --import-option=multi_line_output=0 --import-option=line_length=40
from m import AAAAAAA, BBBBBBB, CCCCCCC  # type: ignore
from n import DDDDDDD, EEEEEEE, FFFFFFF  # noqa: F401
