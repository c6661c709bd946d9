async def f():
    response = await http_client.get(
        url_to_fetch, headers=request_headers, timeout=timeout
    )
