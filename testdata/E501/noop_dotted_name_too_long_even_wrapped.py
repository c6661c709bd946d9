# A dotted name that would not fit even on a line of its own stays where it is:
# Black's current stable style leaves `except` alone here (its remove_except_parens
# case), and Ruff's formatter every such statement. Black 23 wrapped them in
# parentheses, still too long.
try:
    a.something
except some.really.really.really.looooooooooooooooooooooooooooooooong.module.over89.chars.Error as err:
    raise err
if some.really.really.really.looooooooooooooooooooooooooooooooong.module.over89.chars.Errorxxxxxx:
    pass
xxxxx = some.really.really.really.looooooooooooooooooooooooooooooooong.module.over89.chars.Error


def f():
    return some.really.really.really.looooooooooooooooooooooooooooooooong.module.over89.chars.Err


try:
    pass
except* aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ExceptionGroupxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
    pass


xxxxxxxxxxxxxxx = aaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbb.ccccccccccccccccccc.dddddddddddddddd.eeeeeeeeeeeeee
