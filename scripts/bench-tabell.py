#!/usr/bin/env python3
"""Turns the output of the benchmarks (ctest -V -L bench) into one table: each figure beside the
reference measured in the same run, and the ratio.

Usage: bench-tabell.py LOG [--load "uptime before" "uptime after"] [--out docs/benchmarks.md]

A benchmark adds a row by printing a line
    bench-tabell: WHAT | FIGURE | REFERENCE | RATIO
(bench_import, bench_saksliste, bench_rapporter and bench_lager do). The sync benchmark's own
lines are read as they are printed today; a benchmark that did not run (or was skipped) adds no row.
"""

import re
import sys


def ms(x):
    return f"{x:,.1f} ms".replace(",", " ")


def rows_from(log):
    rows = []
    # ctest -V prefixes each line of a test's output with "N: ".
    lines = [re.sub(r"^\d+: ", "", l.rstrip("\n")) for l in log.splitlines()]
    text = "\n".join(lines)

    def find(pattern):
        m = re.search(pattern, text, re.M)
        return m

    # Sync (tests/sync/bench_sync.cpp): "<what>: N ms (...)".
    first = find(r"^first sync into an empty store: (\d+) ms")
    ref = find(r"^reference: total: (\d+) ms")
    copy = find(r"^reference: psql COPY out: (\d+) ms")
    imp = find(r"^reference: sqlite3 \.import: (\d+) ms")
    if first:
        f = float(first.group(1))
        if ref:
            r = float(ref.group(1))
            parts = f"psql COPY out {ms(float(copy.group(1)))} + sqlite3 .import {ms(float(imp.group(1)))}" \
                if copy and imp else "COPY out + sqlite3 .import"
            rows.append(("first sync into an empty store", ms(f), f"{parts} = {ms(r)}", f"{f / r:.1f}×"))
        else:
            rows.append(("first sync into an empty store", ms(f), "—", "—"))
    # The no-op sync and the server load print their own "bench-tabell:" rows (bench_sync).

    # Rows printed in the common form.
    for l in lines:
        m = re.search(r"bench-tabell: (.*)$", l.strip())
        if m:
            cells = [c.strip() for c in m.group(1).split("|")]
            cells += ["—"] * (4 - len(cells))
            rows.append(tuple(cells[:4]))
    return rows


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    log = open(args[0], encoding="utf-8", errors="replace").read()
    load = []
    out = None
    i = 1
    while i < len(args):
        if args[i] == "--load":
            load = args[i + 1:i + 3]
            i += 3
        elif args[i] == "--out":
            out = args[i + 1]
            i += 2
        else:
            print(f"unknown argument {args[i]}", file=sys.stderr)
            return 2
    rows = rows_from(log)
    table = ["| what | now | reference in the same run | ratio |", "|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    print("\n".join(table))
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write("# Benchmarks: the last run of scripts/bench.sh\n\n")
            f.write("Written by `scripts/bench.sh` (scripts/bench-tabell.py); not edited by hand. The\n"
                    "figures depend on the machine's load, so it is recorded beside them.\n\n")
            if load:
                f.write(f"- load before: `{load[0]}`\n- load after: `{load[1]}`\n\n")
            f.write("\n".join(table) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
