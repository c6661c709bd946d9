# the file sets `typing.TYPE_CHECKING` itself: the block runs, and its import binds `uuid`
import typing

typing.TYPE_CHECKING = True
if typing.TYPE_CHECKING:
    import uuid


def imported_after_setting():
    from typing import TYPE_CHECKING

    if TYPE_CHECKING:
        import project_module  # importing it may print, register, patch


def a_module_under_that_name():
    import typing as TYPE_CHECKING

    if TYPE_CHECKING:  # a module is true: the block runs
        import other_project_module
