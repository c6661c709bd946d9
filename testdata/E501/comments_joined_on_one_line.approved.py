def size():
    return calculate_size_of_the_structure(
        format_string_of_the_structure + "4P" "2P"  # the header  # the methods
    )
