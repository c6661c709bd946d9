from some.very.long.package.name.that.goes.on.further.forever import (
    a_single_long_name_here,
)
