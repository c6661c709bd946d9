async def fetch(urls=None):
    if urls is None:
        urls = []
    for url in urls:
        print(url)
