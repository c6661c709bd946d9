from a import b  # one
from a import b  # two
