pattern = rf'\d+{suffix}\s'
