import os
import sys
