"""Prints one verdict per file named in argv[1], into argv[2]: CPython's ast.parse on its bytes.

"OK" when it parses, else "ERROR <line> <col>" (0 0 when CPython names no position).
"""
import ast
import sys
import warnings

warnings.simplefilter("ignore")
with open(sys.argv[1], encoding="utf-8") as names, open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in names.read().splitlines():
        try:
            with open(path, "rb") as f:
                ast.parse(f.read())
            out.write("OK\n")
        except SyntaxError as e:
            out.write(f"ERROR {e.lineno or 0} {e.offset or 0}\n")
        except (ValueError, UnicodeDecodeError):
            out.write("ERROR 0 0\n")
