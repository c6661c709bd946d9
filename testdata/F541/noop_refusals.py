def documented():
    f"""Not a docstring: an f-string is not one, and a plain string would be."""
    return 1


name = f"{x}"
spec = f"{x:>10}"
escape = f"\N{BULLET} item"
kept = f"plain"  # noqa: F541
joined = (f"AIX_BUILDDATE is not defined or invalid: "
          f"{build_date!r}")
tail = f"{x}" f" tail"
