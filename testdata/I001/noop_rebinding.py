from b import x
from a import x
