# pyfix: --script
# An import that fails on some platforms or Pythons may be what the code tests.
def has_toml():
    import tomllib


def on_windows():
    import msvcrt


def has_gdbm():
    import dbm.gnu
