import sys  # sys
import os #os
