def check(name, request, items):
    assert 'name' not in request or not request['name']
    return [item for item in items if item not in name if item]
