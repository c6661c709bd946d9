from m import a as b, c  # noqa: F401
import sys, os  # noqa: F401
