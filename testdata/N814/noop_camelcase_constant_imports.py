import xml.etree.ElementTree as ETREE
from decimal import Decimal as DECIMAL
from collections import OrderedDict as ORDERED_DICT
from collections import OrderedDict as OD
from xml.etree import ElementTree as ET
from decimal import Decimal
from types import ModuleType as M
from decimal import Decimal as DECIMAL  # noqa: N814
