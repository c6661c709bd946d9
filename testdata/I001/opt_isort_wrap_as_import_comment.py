# pyfix: --import-style=isort --import-option=multi_line_output=0 --import-option=include_trailing_comma=false --import-option=use_parentheses=false --import-option=ensure_newline_before_comments=false --import-option=line_length=40
import os
from json import long_name as other_n  # comment
