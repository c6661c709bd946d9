class Reader:
    def read(self, size: int = None):
        def inner(chunk: bytes = None):
            return chunk

        return inner(size)

    async def close(self, timeout: float = None):
        return timeout
