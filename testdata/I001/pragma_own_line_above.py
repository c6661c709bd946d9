"""Doc."""

x = 1
# pylint: disable=unused-import
import b
import a
