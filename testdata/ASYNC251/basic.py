# pyfix: --unsafe-fixes
import time


async def poll(check):
    while not check():
        time.sleep(0.5)
    waited = time.sleep(1)
    return waited
