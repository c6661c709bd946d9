# A compatibility module binds each name twice, once per Python version, and uses none of them:
# each last import's fix takes the earlier one along, so the fixes overlap and take one round each
# (12 rounds with --unsafe-fixes, where the engine used to give up after 10).
import sys

if sys.version_info[0] < 3:
    if sys.platform:
        pass
else:
    if sys.platform:
        pass
