"""The module's docstring."""

import os
