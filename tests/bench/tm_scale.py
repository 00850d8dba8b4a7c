#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scale benchmark of the translation memory: import rate, DB size and fuzzy lookup latency from 2,000 to 1M units.

For each size a memory is made with make_memory.py (--corpus all: the ~6,100 real en/ru/tk units, then synthetic
recombinations of them, which are near-duplicates of real sentences and so hard distractors), imported with
`terjime tm import` (wall time -> units/s, DB size), and queried by bench_tm_lookup with the 300 edited NTREX
sentences of fuzzy_queries.py (en -> ru, limit 5; p50/p99/mean latency, total time, top-1 hits). Every memory holds all
NTREX units, so top-1 is comparable across sizes. The issue's goal: total(200k) / total(2k) <= 8.

--ttk runs the same memories and queries through Translate Toolkit's matcher (translate.search.match.matcher, the
Levenshtein matcher behind pot2po and tmserver) for comparison; --ttk-only runs only that (no build needed).

Not a CTest test: a developer runs it on a Release build and pastes the Markdown table into the README.
Usage: tm_scale.py SHARED_DIR BUILD_DIR [--work DIR] [--sizes 2000,200000] [--million] [--ttk | --ttk-only]
Raw numbers go to WORK/tm_scale.json; the memories are kept in WORK (named by size and seed) and reused."""
import argparse
import importlib.util
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LIMIT = 5          # matches asked per query, the same for terjime and ttk
TTK_SIMILARITY = 60  # ttk's min_similarity; terjime's quality floor for these queries is 60 too
TTK_FULL_UP_TO = 20000  # above this many units ttk runs on a subset of the queries (it scans, see ttk_run)


def load(name):
    """Import a sibling script as a module (tests/bench is no package) without leaving __pycache__ in the tree."""
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def memory(make_memory, shared, work, size, seed):
    """Path of the size-unit memory, made once per (size, seed): written under a temporary name, then renamed."""
    path = os.path.join(work, f"mem-all-{size}-s{seed}.tmx")
    if not os.path.exists(path):
        start = time.perf_counter()
        made = make_memory.make_memory(shared, size, path + ".part", seed, "all")
        os.replace(path + ".part", path)
        print(f"  made {path}: {made} units in {time.perf_counter() - start:.1f} s", flush=True)
    return path


def terjime_run(build, tmx, size, queries_path, work):
    """Import into a fresh DB (timed), then run bench_tm_lookup; returns its JSON plus import numbers."""
    db = os.path.join(work, f"mem-{size}.db")
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    start = time.perf_counter()
    done = subprocess.run([os.path.join(build, "bin", "terjime"), "tm", "import", "--tm", db, tmx],
                          capture_output=True, text=True)
    import_s = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"tm_scale: terjime tm import exited with {done.returncode}:\n{done.stderr[:2000]}")
    db_bytes = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
    done = subprocess.run([os.path.join(build, "bin", "bench_tm_lookup"), "--tm", db, "--from", "en", "--to", "ru",
                           "--queries", queries_path, "--limit", str(LIMIT)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"tm_scale: bench_tm_lookup exited with {done.returncode}:\n{done.stderr[:2000]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(units=size, import_s=round(import_s, 3), import_units_per_s=round(size / import_s),
                  db_mb=round(db_bytes / 1e6, 1))
    return result


def ttk_check():
    """Import Translate Toolkit or explain how to get it (this script installs nothing)."""
    try:
        import translate.__version__
        from translate.search import lshtein
    except ImportError:
        sys.exit("tm_scale: --ttk needs Translate Toolkit, which this Python cannot import.\n"
                 "  Debian/Ubuntu: apt-get install translate-toolkit python3-levenshtein, then run this script with\n"
                 "  /usr/bin/python3 (the interpreter that sees /usr/lib/python3/dist-packages);\n"
                 "  elsewhere: pip install translate-toolkit python-Levenshtein")
    native = lshtein.distance is lshtein.native_distance
    if not native:
        print("  warning: python-Levenshtein is missing, ttk uses its pure-Python distance (much slower)")
    return f"Translate Toolkit {translate.__version__.sver}", native


def ttk_run(tmx, size, queries, subset):
    """Translate Toolkit's matcher on the same TMX and queries.

    The store is translate.storage.tmx.tmxfile; ttk takes the first <tuv> as source and the second as target, which
    make_memory.py writes as en and ru (checked below). ttk's matcher keeps the units sorted by source length and, for
    each query, computes a (C) Levenshtein similarity against every unit whose length is within min_similarity of the
    query's. max_length is ttk's cap on the characters compared AND on the candidate length (getstoplength), default
    70: it must exceed the longest sentence (554 characters in these corpora) or long units are never found, so it is
    set to 1000. matches() returns po units best first, the score as a "NN%" note."""
    from translate.search.match import matcher
    from translate.storage import base, tmx as ttk_tmx
    # ttk 3.8.4 keeps its best candidates in a heap of (similarity, unit) tuples; when two similarities tie exactly
    # (common in a big memory of near-duplicates) Python compares the units and raises TypeError. Ordering all units
    # as equal fixes that without changing a score or which units are compared: the first one found stays.
    base.TranslationUnit.__lt__ = lambda self, other: False
    start = time.perf_counter()
    with open(tmx, "rb") as f:
        store = ttk_tmx.tmxfile(f)
    first = store.units[0]
    langs = [node.get("{http://www.w3.org/XML/1998/namespace}lang") for node in first.getlanguageNodes()]
    assert langs[:2] == ["en", "ru"], langs
    engine = matcher(store, max_candidates=LIMIT, min_similarity=TTK_SIMILARITY, max_length=1000)
    load_s = time.perf_counter() - start
    del store
    times, hits = [], 0
    for q in subset:
        start = time.perf_counter()
        found = engine.matches(q["text"])
        times.append(time.perf_counter() - start)
        hits += bool(found) and found[0].source == q["original"]
    ms = [t * 1000 for t in times]
    return {"units": size, "queries": len(subset), "of_queries": len(queries), "top1_found": hits,
            "load_s": round(load_s, 2), "p50_ms": round(percentile(ms, 50), 3), "p99_ms": round(percentile(ms, 99), 3),
            "mean_ms": round(statistics.fmean(ms), 3), "total_s": round(sum(times), 3)}


def table(results, ttk_name):
    rows = ["| engine | units | import / load | DB | queries | top-1 | p50 ms | p99 ms | mean ms | total s |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results["terjime"]:
        rows.append(f"| terjime | {r['units']:,} | {r['import_units_per_s']:,} units/s | {r['db_mb']} MB | "
                    f"{r['queries']} | {r['top1_found']}/{r['queries']} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | "
                    f"{r['mean_ms']:.2f} | {r['total_s']:.3f} |")
    for r in results["ttk"]:
        subset = "" if r["queries"] == r["of_queries"] else f" (1 in {r['of_queries'] // r['queries']})"
        rows.append(f"| {ttk_name} matcher | {r['units']:,} | load {r['load_s']} s | – | {r['queries']}{subset} | "
                    f"{r['top1_found']}/{r['queries']} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['mean_ms']:.2f} | "
                    f"{r['total_s']:.3f} |")
    return "\n".join(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", metavar="SHARED_DIR", help="directory holding corpora/ (../shared)")
    parser.add_argument("build", metavar="BUILD_DIR", nargs="?",
                        help="build tree with bin/terjime and bin/bench_tm_lookup")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "terjime_tm_scale"),
                        help="where memories, DBs and tm_scale.json go (default: %(default)s)")
    parser.add_argument("--sizes", default="2000,200000", help="comma-separated memory sizes (default %(default)s)")
    parser.add_argument("--million", action="store_true", help="also 1,000,000 units")
    parser.add_argument("--ttk", action="store_true", help="also run Translate Toolkit's matcher")
    parser.add_argument("--ttk-only", action="store_true", help="only Translate Toolkit (no BUILD_DIR needed)")
    parser.add_argument("--ttk-queries", type=int, default=0,
                        help=f"ttk query count (every k-th query; default all up to {TTK_FULL_UP_TO:,} units, else 30)")
    parser.add_argument("--seed", type=int, default=1, help="make_memory seed (default 1)")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "corpora")):
        sys.exit(f"tm_scale: {args.shared}/corpora is absent (give the ../shared directory)")
    if not args.ttk_only:
        if not args.build:
            parser.error("BUILD_DIR is needed unless --ttk-only")
        for exe in ("terjime", "bench_tm_lookup"):
            if not os.access(os.path.join(args.build, "bin", exe), os.X_OK):
                sys.exit(f"tm_scale: {args.build}/bin/{exe} not found; build it first (Release)")
    ttk_name, native = ttk_check() if args.ttk or args.ttk_only else (None, None)
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([1_000_000] if args.million else [])
    os.makedirs(args.work, exist_ok=True)

    make_memory, fuzzy_queries = load("make_memory"), load("fuzzy_queries")
    queries = fuzzy_queries.make_queries(fuzzy_queries.ntrex_lines(args.shared))
    queries_path = os.path.join(args.work, "queries.jsonl")
    with open(queries_path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"text": q["text"], "tuid": q["tuid"]}, ensure_ascii=False) + "\n" for q in queries)

    results = {"sizes": sizes, "queries": len(queries), "limit": LIMIT, "terjime": [], "ttk": [],
               "ttk_version": ttk_name, "ttk_native_levenshtein": native, "ttk_min_similarity": TTK_SIMILARITY}
    for size in sizes:
        print(f"{size:,} units", flush=True)
        tmx = memory(make_memory, args.shared, args.work, size, args.seed)
        if not args.ttk_only:
            r = terjime_run(args.build, tmx, size, queries_path, args.work)
            results["terjime"].append(r)
            print(f"  terjime: import {r['import_units_per_s']:,} units/s, {r['db_mb']} MB; p50 {r['p50_ms']:.2f} ms, "
                  f"p99 {r['p99_ms']:.2f} ms, total {r['total_s']:.3f} s, top-1 {r['top1_found']}/{r['queries']}",
                  flush=True)
        if ttk_name:
            count = args.ttk_queries or (len(queries) if size <= TTK_FULL_UP_TO else 30)
            step = max(1, len(queries) // count)
            r = ttk_run(tmx, size, queries, queries[::step][:count])
            results["ttk"].append(r)
            print(f"  ttk: load {r['load_s']} s; {r['queries']} queries: p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, "
                  f"mean {r['mean_ms']} ms, top-1 {r['top1_found']}/{r['queries']}",
                  flush=True)

    print()
    print(table(results, ttk_name))
    runs = results["terjime"]
    if len(runs) > 1:
        base = runs[0]
        for r in runs[1:]:
            ratio = r["total_s"] / base["total_s"]
            goal = " (goal ≤ 8)" if (base["units"], r["units"]) == (2000, 200000) else ""
            results.setdefault("total_ratio", {})[f"{r['units']}/{base['units']}"] = round(ratio, 2)
            print(f"\ntotal({r['units']:,}) / total({base['units']:,}) = {ratio:.2f}{goal}; "
                  f"top-1 {r['top1_found']}/{r['queries']} vs {base['top1_found']}/{base['queries']}")
    if results["ttk"]:
        print(f"\nttk: translate.search.match.matcher(max_candidates={LIMIT}, min_similarity={TTK_SIMILARITY}, "
              f"max_length=1000), C Levenshtein {'yes' if native else 'NO'}; latency per matches() call, memory "
              f"load (TMX parse + index) excluded; a subset of queries is every k-th of the 300.")
    out = os.path.join(args.work, "tm_scale.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
    print(f"\nraw numbers: {out}")


if __name__ == "__main__":
    main()
