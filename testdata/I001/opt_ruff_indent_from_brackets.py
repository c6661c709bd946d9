# pyfix: --import-style=ruff

# no indented block: Ruff indents the names as the first line inside brackets is indented
VALUES = [1,
          2]

from .singularities import (singularities, is_increasing,
                            is_strictly_increasing, is_decreasing,
                            is_strictly_decreasing, is_monotonic)
