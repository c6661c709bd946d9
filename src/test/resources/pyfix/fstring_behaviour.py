"""Evaluates pairs of expressions (original, converted) under many bindings of their names.

Reads a JSON list of [name, original, converted] from the file given as the first argument.
Every free name is bound, in turn, to a tuple, a float, an int, a str, a dict, a list, an object
whose __format__, __str__ and __repr__ differ, and a function with a side effect. Each binding
evaluates both expressions in fresh namespaces and compares the value (or exception type) and the
calls made. Prints "DIFF name: details" per difference, "BROKEN name: error" when python3 cannot
compile the converted one (pairs whose original does not compile alone are skipped), and
"DONE pairs evaluations skipped" at the end.
"""
import itertools
import json
import sys
import warnings


class Thing:
    """Formats, prints and reprs differently; any attribute or item is another Thing.

    Lookups are not logged: the fixers may reorder names, attribute chains and literal
    subscripts, which the issue declares free of effects.
    """

    def __init__(self, log, depth=0):
        self.log = log
        self.depth = depth

    def __format__(self, spec):
        return "F<" + spec + ">"

    def __str__(self):
        return "S"

    def __repr__(self):
        return "R"

    def __getattr__(self, name):
        if name.startswith("__") or self.depth > 3:
            raise AttributeError(name)
        return Thing(self.log, self.depth + 1)

    def __getitem__(self, key):
        return Thing(self.log, self.depth + 1)


class Effect:
    """A function that logs each call and returns how many calls came before."""

    def __init__(self, log):
        self.log = log
        self.count = itertools.count()

    def __call__(self, *args, **kwargs):
        n = next(self.count)
        self.log.append("call %d" % n)
        return n

    def __repr__(self):
        return "E"


def effect(log):
    return Effect(log)


# builtins the expressions may really call; any other name is bound to a stand-in
BUILTINS = {
    name: getattr(__import__("builtins"), name)
    for name in (
        "str repr ascii len int float bool chr ord format hex oct bin list dict set tuple "
        "sorted min max abs round sum any all isinstance type range divmod hash frozenset "
        "bytes bytearray slice next getattr hasattr callable Exception ValueError TypeError "
        "KeyError"
    ).split()
}

KINDS = [
    lambda log: (1, 2),
    lambda log: 2.5,
    lambda log: 7,
    lambda log: "txt",
    lambda log: {"k": 1, "key": 2, "j": "jj", "other key": 3},
    lambda log: ["a", "b", "c"],
    lambda log: Thing(log),
    effect,
    lambda log: -3,
    lambda log: ("one",),
]


class Names(dict):
    """Binds any missing name by the current assignment; builtins win."""

    def __init__(self, assignment, log):
        super().__init__()
        self.assignment = assignment
        self.log = log

    def __missing__(self, name):
        if name in BUILTINS:
            raise KeyError(name)
        kind = KINDS[(sum(map(ord, name)) + self.assignment) % len(KINDS)]
        value = kind(self.log)
        self[name] = value
        return value


def run(code, assignment):
    log = []
    names = Names(assignment, log)
    try:
        value = ("value", eval(code, {"__builtins__": BUILTINS}, names))
    except Exception as e:  # the exception's type is what must agree
        value = ("raises", type(e).__name__)
    return value, log


def main(path):
    warnings.simplefilter("ignore")
    with open(path, encoding="utf-8") as f:
        pairs = json.load(f)
    evaluations = 0
    skipped = 0
    for name, original, converted in pairs:
        try:
            before = compile(original, name, "eval")
        except SyntaxError:
            skipped += 1
            continue  # needs its context (await, yield): nothing to compare alone
        try:
            after = compile(converted, name, "eval")
        except SyntaxError as e:
            print("BROKEN %s: %s" % (name, e))
            continue
        for assignment in range(len(KINDS)):
            evaluations += 1
            a = run(before, assignment)
            b = run(after, assignment)
            if a != b:
                print("DIFF %s: %r -> %r vs %r -> %r" % (name, original, a, converted, b))
                break
    print("DONE %d %d %d" % (len(pairs), evaluations, skipped))


if __name__ == "__main__":
    main(sys.argv[1])
