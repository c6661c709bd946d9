from a import b  # both; on b
from a import c, d
