from mod import (  # note
    attr as alias  # type: ignore[attr-defined]
)
