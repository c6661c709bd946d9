import os

from m import (
	a,
	b,
)
