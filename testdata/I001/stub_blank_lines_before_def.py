# pyfix: --stub
import os
import sys



def f() -> None: ...
