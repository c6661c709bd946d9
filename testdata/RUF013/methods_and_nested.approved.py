from typing import Optional


class Reader:
    def read(self, size: Optional[int] = None):
        def inner(chunk: Optional[bytes] = None):
            return chunk

        return inner(size)

    async def close(self, timeout: Optional[float] = None):
        return timeout
