call(a)(b)(c)(
    dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
)
