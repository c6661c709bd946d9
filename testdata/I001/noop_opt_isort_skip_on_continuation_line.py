# pyfix: --import-style=isort --import-option=line_length=30
import numpy
from django.db import (
    OrderedDict,  # isort: skip
)
from django.db import MAX_X
