# pyfix: --import-style=isort --import-option=known_standard_library=["os","sys","django"]
import json
import secrets

import django
import os
import sys

print(json, secrets, django, os, sys)
