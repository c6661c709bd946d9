"""Builds notebooks from Python files, and checks what pyfix made of them (NotebookCorpusTest).

    notebooks.py make DIR FILE...   one notebook per file, DIR/fixed/N.ipynb and a copy in
                                    DIR/orig: its top-level chunks as code cells, with trailing
                                    whitespace and IPython lines added
    notebooks.py compare DIR        for each DIR/fixed/N.ipynb: nbformat validates it, its
                                    IPython lines are those of DIR/orig/N.ipynb, and each cell
                                    has the same AST as there
Prints one line per problem; nothing when all is well.
"""
import ast
import pathlib
import sys

import nbformat

MAGICS = ["%time\n", "!ls -l  \n", "files = !ls\n"]


def cells_of(text):
    cells = []
    for chunk in text.split("\n\n\n"):
        try:
            ast.parse(chunk)
        except (SyntaxError, ValueError):
            continue
        lines = chunk.split("\n")
        for j, line in enumerate(lines):
            if line and not line.endswith("\\") and (len(cells) + j) % 5 == 0:
                lines[j] = line + "  "
        chunk = "\n".join(lines)
        k = len(cells)
        if k % 4 < len(MAGICS):
            chunk = MAGICS[k % 4] + chunk
        cells.append(chunk)
    return cells


def make(out, files):
    for folder in ("fixed", "orig"):
        pathlib.Path(out, folder).mkdir()
    for i, name in enumerate(files):
        try:
            text = pathlib.Path(name).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # a notebook is UTF-8: this file cannot be one
        nb = nbformat.v4.new_notebook()
        nb.metadata["language_info"] = {"name": "python"}
        nb.cells = [nbformat.v4.new_code_cell(c) for c in cells_of(text)]
        for folder in ("fixed", "orig"):
            nbformat.write(nb, str(pathlib.Path(out, folder, "%d.ipynb" % i)))


def python_of(source):
    return "".join(l for l in source.splitlines(True) if l not in MAGICS)


def compare(out):
    for fixed_path in sorted(pathlib.Path(out, "fixed").glob("*.ipynb")):
        before = nbformat.read(str(pathlib.Path(out, "orig", fixed_path.name)), as_version=4)
        after = nbformat.read(str(fixed_path), as_version=4)
        try:
            nbformat.validate(after)
        except nbformat.ValidationError as e:
            print(fixed_path, "invalid:", e.message)
        for n, (b, a) in enumerate(zip(before.cells, after.cells), 1):
            for magic in MAGICS:
                if b.source.startswith(magic) != a.source.startswith(magic):
                    print(fixed_path, "cell", n, "lost", repr(magic))
            try:
                same = ast.dump(ast.parse(python_of(b.source))) == ast.dump(
                    ast.parse(python_of(a.source)))
            except SyntaxError as e:
                print(fixed_path, "cell", n, "does not parse:", e)
                continue
            if not same:
                print(fixed_path, "cell", n, "changed its AST")


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3:])
    else:
        compare(sys.argv[2])
