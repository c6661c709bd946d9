from some_missing_package.first_submodule import helper_function  # type: ignore[import-not-found]

print(helper_function)
