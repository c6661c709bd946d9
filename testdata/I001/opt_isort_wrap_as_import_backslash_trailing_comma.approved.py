# pyfix: --import-style=isort --import-option=multi_line_output=3 --import-option=include_trailing_comma=true --import-option=use_parentheses=false
from pydantic._internal._schema_generation_shared import \
    GetJsonSchemaHandler as _GetJsonSchemaHandler
