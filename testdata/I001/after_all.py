__all__ = ["x"]

import sys
import os
