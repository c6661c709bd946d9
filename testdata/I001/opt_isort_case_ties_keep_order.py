# pyfix: --import-style=isort --import-option=force_single_line=true --import-option=order_by_type=false
import foo
import Foo
from pyrsistent._pbag import pbag, PBag, Zed, abc

print(foo, Foo, pbag, PBag, Zed, abc)
