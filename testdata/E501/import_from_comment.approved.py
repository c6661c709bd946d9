from aaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbb import (
    ccccccccccccccccccccccccccc,
)  # comment
from aaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbb import (
    cccccccccccc,
    ddddddddddddd,
)  # comment
from aaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbb import (
    ccccccccccccccccccccccccccc,
)  # note
