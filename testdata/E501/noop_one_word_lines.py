URLS = [
    "https://example.com/a/very/long/path/that/goes/on/and/on/and/on/and/on/and/on/and/on/xy",
]
URL = "https://example.com/a/very/long/path/that/goes/on/and/on/and/on/and/on/and/on/xy"
import os  # pyright: ignore[reportMissingImports] because the module is optional in this case
