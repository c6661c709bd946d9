def size():
    return calculate_size_of_the_structure(format_string_of_the_structure +  # the header
                                           "4P"  # the methods
                                           "2P")
