import urllib.request

import httpx
import requests as rq
from requests import get


async def fetch(url, session):
    rq.get(url)
    get(url, timeout=3)
    httpx.post(url)
    urllib.request.urlopen(url)
    session.get(url)  # a method: not resolved
    rq.Session().get(url)

    def sync_helper():
        return rq.get(url)  # runs wherever it is called

    return lambda: rq.get(url)


def not_async(url):
    return rq.get(url)
