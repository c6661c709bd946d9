# pyfix: --import-style=isort --import-option=known_standard_library=["os","sys","django"]
import django
import os
import sys

import json
import secrets

print(json, secrets, django, os, sys)
