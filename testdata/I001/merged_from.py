from a import c
from a import b
from a import d
