# pyfix: --import-style=isort --import-option=force_sort_within_sections=true --import-option=force_alphabetical_sort_within_sections=true
from functools import MAX_X as Bz
from functools import _priv, a_b

from yaml import A as Bz2
from yaml import B, c

print(_priv, a_b, Bz, c, B, Bz2)
