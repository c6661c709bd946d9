# pyfix: --import-style=isort --import-option=multi_line_output=5 --import-option=include_trailing_comma=false --import-option=line_length=60
import os

from django.contrib.auth.decorators import (  # noqa
    login_required, permission_required, user_passes_test
)
from django.contrib.auth.models import (  # type: ignore
    AnonymousUser, Group, Permission, PermissionsMixin
)

print(os)
