value = (
    dedent(
        """
    text
"""
    )
    + other_function_with_long_name(argument_number_one, argument_number_two, argument_three)
)
print(
    """
This line of the string is long enough to exceed the limit of eighty-eight characters.
"""
)
