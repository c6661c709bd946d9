# pyfix: --unsafe-fixes
import asyncio
from time import sleep as pause


async def tick():
    pause(1)  # keep the comment
    asyncio.sleep(0)
