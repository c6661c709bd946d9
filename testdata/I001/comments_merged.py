# above b
from a import b
# above c
from a import c
