import sys
import b
# pylint: disable=unused-import
import d
import c
