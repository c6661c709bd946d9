# pyfix: --unsafe-fixes
import time
from asyncio import sleep


async def poll(check):
    while not check():
        await sleep(0.5)
    waited = await sleep(1)
    return waited
