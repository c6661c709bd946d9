from some_missing_package.first_submodule import (  # type: ignore[import-not-found]
    helper_function,
)
from some_missing_package.second_submodule import (  # a note on the statement
    other_function,
)
from some_missing_package.third_submodule import (
    third_function,  # a note on the name, long enough to wrap
)

print(helper_function, other_function, third_function)
