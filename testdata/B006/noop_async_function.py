async def fetch(urls=[]):
    for url in urls:
        print(url)
