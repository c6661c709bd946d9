# top comment

import os
import sys
