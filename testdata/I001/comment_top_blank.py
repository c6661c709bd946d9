# top comment

import sys
import os
