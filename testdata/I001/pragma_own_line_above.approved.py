"""Doc."""

x = 1
# pylint: disable=unused-import
import a
import b
