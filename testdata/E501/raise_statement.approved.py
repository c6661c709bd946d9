raise SomeVeryLongExceptionName(
    "an error message that explains what went wrong", error_code
)
