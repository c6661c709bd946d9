# pyfix: --import-style=isort --import-option=force_sort_within_sections=true --import-option=group_by_package=true --import-option=from_first=true
from functools import a_b
import functools
import logging

print(logging, functools, a_b)
