import json  # keep: documents the wire format
from os import (
    path,  # the module, not os.path.join
    sep,
)

print(sep)
