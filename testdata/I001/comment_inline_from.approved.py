from a import b  # on b
from a import c, d  # both
