import json  # noqa: F401
import os  # noqa
