sorted_items = sorted(
    collection_of_items, key=lambda item: (item.priority, item.timestamp), reverse=True
)
