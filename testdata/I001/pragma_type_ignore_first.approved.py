from mod import attr as alias  # type: ignore[attr-defined]  # note
