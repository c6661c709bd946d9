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


a = "{1}: {0}".format(total, add())
b = "{1} {0}".format(total, (total := 2))
c = "{} {}".format(counts, counts[0])
d = "{} {}".format(q.queue, q.get())
e = "{} {}".format(log, [v for v in produce()])
f = "{} {}".format(log, sorted(produce()))
gen = produce()
h = "{} {}".format(log, sorted(gen))
g = "{0[9223372036854775808]}".format({2**63: 5})  # ValueError: past sys.maxsize
