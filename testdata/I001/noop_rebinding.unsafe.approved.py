from a import x
from b import x
