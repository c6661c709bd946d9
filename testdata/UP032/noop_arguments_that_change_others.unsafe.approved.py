# Each later argument may change what an earlier field prints, or what a name reads.
from collections import defaultdict
from queue import Queue

total = 1


def add():
    global total
    total += 1
    return "added"


counts = defaultdict(int)
q = Queue()
q.put(1)
q.put(2)
log = []


def produce():
    log.append("produced")
    yield "1"


a = f"{add()}: {total}"
b = f"{(total := 2)} {total}"
c = f"{counts} {counts[0]}"
d = f"{q.queue} {q.get()}"
e = f"{log} {[v for v in produce()]}"
f = f"{log} {sorted(produce())}"
gen = produce()
h = f"{log} {sorted(gen)}"
g = "{0[9223372036854775808]}".format({2**63: 5})  # ValueError: past sys.maxsize
