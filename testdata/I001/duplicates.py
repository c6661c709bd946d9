import os
import os
from a import b
from a import b
