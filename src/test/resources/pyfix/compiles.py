"""Compiles every *.py file in the folder given: prints "BROKEN name: error" for each that this
Python rejects, then "DONE count"."""
import os
import sys
import warnings


def main(folder):
    warnings.simplefilter("ignore")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".py"))
    for name in names:
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        try:
            compile(data, name, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as e:
            print("BROKEN %s: %s" % (name, e))
    print("DONE %d" % len(names))


if __name__ == "__main__":
    main(sys.argv[1])
