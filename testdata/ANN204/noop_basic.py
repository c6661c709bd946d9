class Cache:
    def __init__(self, size: int):
        self.size = size

    def __setitem__(self, key: str, value: bytes):
        self.size -= len(value)
        if not value:
            return
        return None

    def __delitem__(self, key: str) :  # odd spacing is kept
        pass

    def __del__(self
    ):
        pass

    def __setattr__(self, name: str, value: object):  # comment after the signature
        object.__setattr__(self, name, value)

    async def __set__(self, instance: object, value: int):
        def helper():
            return 1  # a nested function's return does not count

        helper()

    def __init__(self, *args: int,
                 **kwargs: int):
        pass
