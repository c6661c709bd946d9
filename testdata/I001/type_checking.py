from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from b import y
    from a import x
