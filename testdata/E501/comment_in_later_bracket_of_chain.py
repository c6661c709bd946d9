x = SomeBuilderClass(alpha=first_value, beta=second_value, gamma=third_value, delta=fourth).push(
    # note
    items=i
)


result = first_function_name(argument_one, argument_two, argument_three)[index_value].method(
    # why this argument
    value,  # trailing
)
