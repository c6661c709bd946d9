# pyfix: --import-style=isort --import-option=force_single_line=true --import-option=order_by_type=false
import foo
import Foo
from pyrsistent._pbag import abc
from pyrsistent._pbag import pbag
from pyrsistent._pbag import PBag
from pyrsistent._pbag import Zed

print(foo, Foo, pbag, PBag, Zed, abc)
