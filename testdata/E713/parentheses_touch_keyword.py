def check(name, request, items):
    assert not('name' in request)or not request['name']
    return [item for item in items if not (item in name)if item]
