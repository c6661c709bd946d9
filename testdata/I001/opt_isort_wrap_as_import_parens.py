# pyfix: --import-style=isort --import-option=multi_line_output=6 --import-option=use_parentheses=true --import-option=line_length=50
from package.module import LongName as Alias, Other, Third, Fourth, Fifth
from package.grant_types import AuthorizationCodeGrant as OAuth2Grant
