import FOO as foo
from config import MAX_SIZE as max_size
from config import MAX_SIZE as MaxSize
from config import _PRIVATE as _private
from config import LEVEL_1 as level
from config import MAX_SIZE as SIZE_LIMIT
from config import MAX_SIZE
from config import MAX_SIZE as max_size  # noqa: N811
