result = {key: [transform(value) for value in values if value] for key, values in grouped.items()}
