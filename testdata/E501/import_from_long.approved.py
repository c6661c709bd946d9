from aaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbb import (
    cccccccccccccccccccccc,
    dddddddddddddddddd,
    eeeeeeeeeeeeeeeeee,
)
