# pyfix: --import-style=isort --import-option=force_sort_within_sections=true --import-option=line_length=30
from myproj.sub import ZZ9 as Bz, AnotherLongClassName
import myproj.other

print(Bz, AnotherLongClassName, myproj)
