value = data_frame_with_long_name.loc[row_selector_expression, column_name].apply(
    function_name
)
