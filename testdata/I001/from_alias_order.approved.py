from a import b
from a import b as c
from a import d, x
