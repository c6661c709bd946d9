"""Compares the ASTs of file pairs: DIR/NAME.before.py and DIR/NAME.after.py; with
--docstrings, only the docstrings of the module, its classes and functions.

Prints one line per pair that is not fine: "SKIP name" when the before file does not parse
with this Python, "BROKEN name: error" when only the after file fails, "DIFF name" when the
ASTs differ. Prints "DONE count" at the end.
"""
import ast
import os
import sys
import warnings


class DeleteTargets(ast.NodeTransformer):
    """`del (a, b)` deletes `a` and `b` as `del a, b` does: compare the flat target lists, as
    Black's own AST check does."""

    def visit_Delete(self, node):
        targets = []
        todo = list(node.targets)
        while todo:
            t = todo.pop(0)
            if isinstance(t, ast.Tuple):
                todo[:0] = t.elts
            else:
                targets.append(t)
        node.targets = targets
        return node


def dump(path, docstrings_only):
    with open(path, "rb") as f:
        data = f.read()
    tree = ast.parse(data, filename=path)
    if docstrings_only:
        return docstrings(tree)
    return ast.dump(DeleteTargets().visit(tree))


def docstrings(tree):
    """What Python takes for each docstring: a fix that adds, drops or changes one changes
    __doc__, help() and what doctest runs."""
    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return [
        (type(n).__name__, getattr(n, "name", ""), ast.get_docstring(n, clean=False))
        for n in ast.walk(tree)
        if isinstance(n, kinds)
    ]


def main(folder, docstrings_only):
    warnings.simplefilter("ignore")
    names = sorted(n[: -len(".before.py")] for n in os.listdir(folder) if n.endswith(".before.py"))
    for name in names:
        base = os.path.join(folder, name)
        try:
            before = dump(base + ".before.py", docstrings_only)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            print("SKIP " + name)
            continue
        try:
            after = dump(base + ".after.py", docstrings_only)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            print("BROKEN %s: %s" % (name, e))
            continue
        if before != after:
            print("DIFF " + name)
    print("DONE %d" % len(names))


main(sys.argv[-1], "--docstrings" in sys.argv[1:-1])
