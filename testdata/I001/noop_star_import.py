from b import *
from a import x
from a import *
