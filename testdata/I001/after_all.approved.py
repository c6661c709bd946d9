__all__ = ["x"]

import os
import sys
