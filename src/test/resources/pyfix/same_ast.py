"""Compares the ASTs of file pairs: DIR/NAME.before.py and DIR/NAME.after.py.

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


def dump(path):
    with open(path, "rb") as f:
        data = f.read()
    return ast.dump(DeleteTargets().visit(ast.parse(data, filename=path)))


def main(folder):
    warnings.simplefilter("ignore")
    names = sorted(n[: -len(".before.py")] for n in os.listdir(folder) if n.endswith(".before.py"))
    for name in names:
        base = os.path.join(folder, name)
        try:
            before = dump(base + ".before.py")
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            print("SKIP " + name)
            continue
        try:
            after = dump(base + ".after.py")
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            print("BROKEN %s: %s" % (name, e))
            continue
        if before != after:
            print("DIFF " + name)
    print("DONE %d" % len(names))


main(sys.argv[1])
