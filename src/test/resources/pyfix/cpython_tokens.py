"""Prints CPython's significant tokens for each file named in argv[1], into argv[2].

One block per file: "FILE <path>", then "<KIND> <line> <col>" per token, or "ERROR" when
CPython's own parser rejects the file (the pure-Python tokenize is laxer than it).
Columns count code points, as tokenize does.
"""
import ast
import sys
import tokenize

KINDS = {
    tokenize.NAME: "NAME",
    tokenize.NUMBER: "NUMBER",
    tokenize.STRING: "STRING",
    tokenize.OP: "OP",
    tokenize.INDENT: "INDENT",
    tokenize.DEDENT: "DEDENT",
    tokenize.NEWLINE: "NEWLINE",
}

with open(sys.argv[1], encoding="utf-8") as names, open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in names.read().splitlines():
        out.write(f"FILE {path}\n")
        try:
            with open(path, "rb") as f:
                ast.parse(f.read())
            with open(path, "rb") as f:
                tokens = list(tokenize.tokenize(f.readline))
        except (SyntaxError, ValueError, tokenize.TokenError, UnicodeDecodeError):
            out.write("ERROR\n")
            continue
        for t in tokens:
            kind = KINDS.get(t.type)
            if kind:
                out.write(f"{kind} {t.start[0]} {t.start[1]}\n")
