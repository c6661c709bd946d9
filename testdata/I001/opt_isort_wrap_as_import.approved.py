# pyfix: --import-style=isort --import-option=multi_line_output=5 --import-option=line_length=50 --import-option=use_parentheses=false --import-option=include_trailing_comma=false
from package.grant_types import \
    AuthorizationCodeGrant as OAuth2Grant
from package.module import Fifth, Fourth
from package.module import LongName as Alias
from package.module import Other, Third
