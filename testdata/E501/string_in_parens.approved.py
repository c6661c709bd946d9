some_variable_name = (
    "a string that fits in eighty eight characters once it is moved down"
)
