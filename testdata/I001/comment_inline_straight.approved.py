import os  # os
import sys  # sys
