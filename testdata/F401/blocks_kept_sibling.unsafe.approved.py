# The first import of a block becomes `pass` only when every other statement goes too.


def comment_keeps_one():
    pass  # isort: skip


def third_party_kept_without_unsafe_fixes():
    pass


def semicolon_keeps_one():
    import os; import abc


def all_go():
    pass
