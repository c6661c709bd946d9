# pyfix: --import-style=isort --import-option=force_sort_within_sections=true --import-option=line_length=30
import myproj.other
from myproj.sub import (
    AnotherLongClassName,
)
from myproj.sub import (
    ZZ9 as Bz,
)

print(Bz, AnotherLongClassName, myproj)
