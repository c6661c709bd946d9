# pyfix: --stub
import sys
import os
class A: ...
