import os as OS
import os.path as Path
from json import loads as Loads
from json import dumps as DUMPS
import numpy as np
from json import loads as load_json
from json import loads as _
import os as OS  # noqa: N812
