import sys

import b

# pylint: disable=unused-import
import c
import d
