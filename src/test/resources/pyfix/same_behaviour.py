"""Runs pairs of Python sources with the same calls, twice, and says whether the results match.

Usage: same_behaviour.py CASES.json, a list of {"name", "before", "after", "calls", "noneCalls"}.
Each source is executed in a fresh namespace; then every call expression is evaluated in order,
and the whole sequence is run a second time, which exposes state shared between calls. The
optional "noneCalls" pass None where a default was: after the fix they get the default, and each
must still return, or raise, what it did before.
Prints one line per case: "SAME name" or "DIFF name before-results after-results", then "DONE n".
"""
import json
import sys


def run(source, calls):
    namespace = {}
    exec(compile(source, "<case>", "exec"), namespace)
    results = []
    for _ in range(2):
        for call in calls:
            try:
                results.append(repr(eval(call, namespace)))
            except Exception as e:  # the exception is part of the behaviour
                results.append("raised " + type(e).__name__)
    return results


with open(sys.argv[1], encoding="utf-8") as f:
    cases = json.load(f)
for case in cases:
    before = run(case["before"], case["calls"])
    after = run(case["after"], case["calls"])
    none_calls = case.get("noneCalls", [])
    before += run(case["before"], none_calls)
    after += run(case["after"], none_calls)
    if before == after:
        print("SAME", case["name"])
    else:
        print("DIFF", case["name"], before, after)
print("DONE", len(cases))
