from aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa import (
    bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,
    ccccccccccccccccccccccccccc,
    ddddd,
)
