some_object.some_method_name(
    "a string argument that is quite long but still fits in the line"
)
