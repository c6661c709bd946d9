# pyfix: --import-style=isort --import-option=force_sort_within_sections=true --import-option=group_by_package=true --import-option=from_first=true
import logging
import functools
from functools import a_b

print(logging, functools, a_b)
