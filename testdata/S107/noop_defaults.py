def connect(user, password="hunter2", *, token="abc", pwd=None):
    pass


def empty(password="", token_url="https://example.com", secret_type="basic"):
    pass


async def login(passphrase: str = "open sesame"):
    pass


def client(token, token_placement="header"):
    pass
