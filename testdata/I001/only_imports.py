import sys
import os



