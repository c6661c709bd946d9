lookup = {key_function(item): value_function(item) for item in collection_of_items if predicate(item)}
