# pyfix: --script
# An import that fails on some platforms or Pythons may be what the code tests.
def has_toml():
    pass


def on_windows():
    pass


def has_gdbm():
    pass


def has_binhex():
    pass


def has_annotationlib():
    pass


def has_task_groups():
    pass


def has_test_package():
    pass
