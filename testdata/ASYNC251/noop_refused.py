from time import sleep


async def tick(x):
    sleep(1)  # `sleep` is bound by the time import: no import of asyncio's can be added
    y = sleep(1) or x
    return y


def sync():
    sleep(1)
