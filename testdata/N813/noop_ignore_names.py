# pyfix: --ignore-names=decimal
from decimal import Decimal as decimal
from collections import OrderedDict as ordered_dict
