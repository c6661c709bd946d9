from a import *
from a import x
from b import *
