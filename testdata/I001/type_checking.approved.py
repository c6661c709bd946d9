from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from a import x
    from b import y
