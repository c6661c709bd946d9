import os
from m import (
	b,
	a,
)
