from a import d, b as c, x
from a import b
