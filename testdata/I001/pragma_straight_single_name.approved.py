from some_missing_package.first_submodule import (  # type: ignore[import-not-found]
    helper_function,
)

print(helper_function)
