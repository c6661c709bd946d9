if (
    some_element_with_long_name not in collection_of_allowed_elements
    and other_element is not None
):
    pass
