from a import (
    b,
)
import os
