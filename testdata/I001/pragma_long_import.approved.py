from mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm import (  # noqa: F401
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
)
