import sys
import os
