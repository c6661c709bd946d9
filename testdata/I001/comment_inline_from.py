from a import c, d  # both
from a import b  # on b
