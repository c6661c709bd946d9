async def f():
    (
        await some_object.some_method_name(argument_number_one)
        + other_value_that_is_long_enough
    )
    return await first_coroutine_function(argument_one) + second_coroutine_function(
        arg_2x
    )
