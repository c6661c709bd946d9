from cfnlint.rules.errors_with_a_much_longer_module_name_here import (
    TransformError,  # type: ignore[attr-defined]
)


def f():
    from cfnlint.rules.errors_with_a_much_longer_module_name_here import (
        OtherError,  # pylint: disable=cyclic-import
    )

    return TransformError, OtherError
