from decimal import Decimal as decimal
from collections import OrderedDict as ordered_dict
from collections import OrderedDict as _od
from collections import OrderedDict as _
from collections import OrderedDict as OD
from typing import Type_Alias as type_alias
from collections import OrderedDict
from decimal import Decimal as decimal  # noqa: N813
