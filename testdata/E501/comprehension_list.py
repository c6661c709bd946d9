values = [transform(element) for element in some_long_collection_name if element is not None and element.ok]
