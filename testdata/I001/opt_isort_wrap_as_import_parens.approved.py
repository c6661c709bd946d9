# pyfix: --import-style=isort --import-option=multi_line_output=6 --import-option=use_parentheses=true --import-option=line_length=50
from package.grant_types import (
    AuthorizationCodeGrant as OAuth2Grant,)
from package.module import Fifth, Fourth
from package.module import LongName as Alias
from package.module import Other, Third
