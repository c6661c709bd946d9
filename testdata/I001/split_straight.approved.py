import abc
import os
import sys
