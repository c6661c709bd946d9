# pyfix: --import-style=isort --import-option=force_sort_within_sections=true --import-option=force_alphabetical_sort_within_sections=true
from functools import _priv, a_b
from functools import MAX_X as Bz
from yaml import c, B
from yaml import A as Bz2

print(_priv, a_b, Bz, c, B, Bz2)
