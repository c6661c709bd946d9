# pyfix: --import-style=isort --import-option=line_length=36 --import-option=include_trailing_comma=false --import-option=profile="hug"

from zzmod import (
    aaaaaaa,
    bbbbbbbb,
    ccccc,
    dddddd
)

print(aaaaaaa, bbbbbbbb, ccccc, dddddd)
