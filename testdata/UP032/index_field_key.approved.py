a = f'{mapping["key"]} {mapping["other key"]}'
