# pyfix: --stub
import os
import sys

@overload
def f() -> None: ...
