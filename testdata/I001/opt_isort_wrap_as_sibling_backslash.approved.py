# pyfix: --import-style=isort --import-option=multi_line_output=3 --import-option=line_length=30 --import-option=use_parentheses=false --import-option=include_trailing_comma=false
from attr import \
    name_with_long_identifier
from attr import \
    name_with_long_identifier as \
    Bz
