#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fuzzy-match quality of `terjime tm lookup` on real news text (NTREX-128), the translation memory issue's target.

The memory is the 1,997 NTREX units (en, ru, tk; tests/bench/make_memory.py). The queries are 300 NTREX sentences
with one or two words deleted, replaced or swapped with a neighbour (tests/bench/fuzzy_queries.py, fixed seed).
  * For at least --min-top1 of them the best en->ru match must be the sentence's own unit with a fuzzy score in
    [60, 100): found, and not mistaken for an exact match.
  * The same 300 sentences unedited must all find their own unit with score 100 or 101 (101 = exact match in the same
    document context; the neighbouring query lines are the context, so it may happen but is not required).
This is evaluation only: the corpus is never used to tune the matcher.

Usage: tm_fuzzy_quality.py SHARED_DIR TERJIME_BINARY [--min-top1 0.97]
Exits 77 (CTest's skip code here) when SHARED_DIR/corpora/ntrex128 is absent, 1 when a target is missed."""
import argparse
import collections
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

BENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench")


def load(name):
    """Import a module of tests/bench by path (it is no package), so the memory and queries have one definition.
    No bytecode is written: a test run leaves the source tree as it was."""
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location(name, os.path.join(BENCH, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(args, what):
    done = subprocess.run(args, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        print(f"FAIL: {what} exited with {done.returncode}\n  command: {' '.join(args)}\n{done.stderr[:2000]}")
        sys.exit(1)
    return done.stdout


def top_matches(binary, db, queries, folder, name):
    """Look the query texts up, one per line; returns {query index: (tuid, score)} of each query's first match."""
    path = os.path.join(folder, name + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(q["text"] + "\n" for q in queries)
    out = run([binary, "tm", "lookup", "--tm", db, "--from", "en", "--to", "ru", "--format", "jsonl",
               "--min-score", "0", "--limit", "5", "--input", path], f"tm lookup ({name})")
    top = {}
    for line in out.splitlines():
        row = json.loads(line)
        top.setdefault(row["query"], (row["tuid"], row["score"]))
    return top


def show(q, got):
    tuid, score = got or ("no match", "-")
    return f"  [{q['kind']}] expected {q['tuid']}, got {tuid} score {score}: {q['text'][:100]}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", metavar="SHARED_DIR")
    parser.add_argument("binary", metavar="TERJIME_BINARY")
    parser.add_argument("--min-top1", type=float, default=0.97, help="share of edited queries that must hit (0.97)")
    args = parser.parse_args()
    ntrex = os.path.join(args.shared, "corpora", "ntrex128")
    if not os.path.isdir(ntrex):
        print(f"SKIP: {ntrex} is absent (a fresh clone has no ../shared); this shared-data test runs in CI")
        sys.exit(77)
    make_memory, fuzzy_queries = load("make_memory"), load("fuzzy_queries")
    queries = fuzzy_queries.make_queries(fuzzy_queries.ntrex_lines(args.shared))
    originals = fuzzy_queries.unchanged(queries)

    with tempfile.TemporaryDirectory(prefix="tm_fuzzy_quality.") as tmp:
        tmx, db = os.path.join(tmp, "mem.tmx"), os.path.join(tmp, "mem.db")
        units = make_memory.make_memory(args.shared, make_memory.NTREX_LINES, tmx, corpus="ntrex")
        run([args.binary, "tm", "import", "--tm", db, tmx], f"tm import of {units} units")
        fuzzy = top_matches(args.binary, db, queries, tmp, "queries")
        exact = top_matches(args.binary, db, originals, tmp, "originals")

    hits, per_kind, failures = 0, collections.Counter(), []
    for i, q in enumerate(queries):
        got = fuzzy.get(i)
        if got and got[0] == q["tuid"] and 60 <= got[1] < 100:
            hits += 1
            per_kind[q["kind"]] += 1
        else:
            failures.append(show(q, got))
    exact_hits, exact_failures = 0, []
    for i, q in enumerate(originals):
        got = exact.get(i)
        if got and got[0] == q["tuid"] and got[1] in (100, 101):
            exact_hits += 1
        else:
            exact_failures.append(show(q, got))

    total = collections.Counter(q["kind"] for q in queries)
    kinds = ", ".join(f"{kind} {per_kind[kind]}/{total[kind]}" for kind in fuzzy_queries.KINDS)
    share = hits / len(queries)
    if failures:
        print(f"edited queries whose top match is not their unit with a score in [60, 100) ({len(failures)}):")
        print("\n".join(failures))
    if exact_failures:
        print(f"unedited sentences whose top match is not their unit with score 100 or 101 ({len(exact_failures)}):")
        print("\n".join(exact_failures))
    ok = share >= args.min_top1 and exact_hits == len(originals)
    print(f"top-1 {hits}/{len(queries)} = {share:.3f} ({kinds}); unchanged {exact_hits}/{len(originals)} score ≥ 100"
          f" — {'ok' if ok else 'FAIL'} (floor {args.min_top1:.3f}, unchanged all)")
    sys.exit(0 if ok else 1)


main()
