# above b
# above c
from a import b, c
