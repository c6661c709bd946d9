handlers = [
    make_handler(first_option),
    make_handler(second_option),
    make_handler(third_option_x),
]
