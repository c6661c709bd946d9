# pyfix: --script
# An import that fails on some platforms or Pythons may be what the code tests.
def has_toml():
    import tomllib


def on_windows():
    import msvcrt


def has_gdbm():
    import dbm.gnu


def has_binhex():
    import binhex


def has_annotationlib():
    import annotationlib


def has_task_groups():
    import asyncio.taskgroups


def has_test_package():
    import test.support
