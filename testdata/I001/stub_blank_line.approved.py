# pyfix: --stub
import os
import sys

class A: ...
