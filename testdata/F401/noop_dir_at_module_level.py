# pyfix: --script
# `dir()` at the top level lists the module's names: `print(sorted(dir()))` shows `json`.
import json
import os

print(sorted(dir()))
