# pyfix: --import-style=isort --import-option=multi_line_output=5 --import-option=line_length=50 --import-option=use_parentheses=false --import-option=include_trailing_comma=false
from package.module import LongName as Alias, Other, Third, Fourth, Fifth
from package.grant_types import AuthorizationCodeGrant as OAuth2Grant
