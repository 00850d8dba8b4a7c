#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seeded fuzzy-match queries from the NTREX-128 English lines: a sentence with a small edit must still find its unit.

300 sentences of at least 4 words are drawn with the seed and split into three kinds of 100:
  delete   one or two words removed,
  replace  one or two words replaced by a token drawn from the corpus (frequency-weighted, so mostly common words;
           never the same word ignoring case, which a case-folding memory would see as no edit),
  swap     one or two non-overlapping swaps of a word with its (different) right neighbour.
Words are whitespace-separated tokens with their punctuation attached, as a translator's edit would leave it. Two
edits are made only in sentences of 8 words or more: two edits in a 4-word sentence change half of it, and such a
query would measure the query, not the memory, against the 60% floor of tm_fuzzy_quality.py.

Each query is a dict {"text", "original", "tuid": "ntrex-<1-based line>", "kind"}; the same seed always gives the same
queries. tm_fuzzy_quality.py and tm_scale.py import this module; as a command it prints the queries as JSON lines.

Usage: fuzzy_queries.py SHARED_DIR [--seed S] [--per-kind 100] [--unchanged] [-o OUT.jsonl]"""
import argparse
import json
import os
import random
import sys

KINDS = ("delete", "replace", "swap")
DEFAULT_SEED = 2019
NTREX_EN = os.path.join("corpora", "ntrex128", "newstest2019.en.txt")


def ntrex_lines(shared):
    """The NTREX English lines; line i (0-based) is unit ntrex-<i+1> of make_memory.py."""
    with open(os.path.join(shared, NTREX_EN), encoding="utf-8") as f:
        return f.read().splitlines()


def _edits(rng, words):
    return rng.choice((1, 2)) if len(words) >= 8 else 1


def delete(rng, words, vocabulary):
    drop = set(rng.sample(range(len(words)), _edits(rng, words)))
    return [w for i, w in enumerate(words) if i not in drop]


def replace(rng, words, vocabulary):
    out = list(words)
    for i in rng.sample(range(len(words)), _edits(rng, words)):
        new = rng.choice(vocabulary)
        while new.lower() == words[i].lower():
            new = rng.choice(vocabulary)
        out[i] = new
    return out


def swap(rng, words, vocabulary):
    out = list(words)
    for _ in range(_edits(rng, words)):
        # Positions whose swap changes the text and does not touch an earlier swap.
        free = [i for i in range(len(out) - 1) if out[i].lower() != out[i + 1].lower()
                and out[i] == words[i] and out[i + 1] == words[i + 1]]
        if free:
            i = rng.choice(free)
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def make_queries(lines, seed=DEFAULT_SEED, per_kind=100):
    """Perturbed queries: per_kind of each kind, from distinct lines of at least 4 words, in kind order."""
    rng = random.Random(seed)
    vocabulary = [w for line in lines for w in line.split()]
    eligible = [i for i, line in enumerate(lines) if len(line.split()) >= 4]
    chosen = rng.sample(eligible, per_kind * len(KINDS))
    queries = []
    for n, index in enumerate(chosen):
        kind = KINDS[n // per_kind]
        words = lines[index].split()
        text = " ".join({"delete": delete, "replace": replace, "swap": swap}[kind](rng, words, vocabulary))
        assert text != " ".join(words), (kind, index)
        queries.append({"text": text, "original": lines[index], "tuid": f"ntrex-{index + 1}", "kind": kind})
    return queries


def unchanged(queries):
    """The same sentences unedited (kind "unchanged"): each must find its own unit as an exact match."""
    return [dict(q, text=q["original"], kind="unchanged") for q in queries]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", metavar="SHARED_DIR", help="directory holding corpora/ (../shared)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--per-kind", type=int, default=100, help="queries of each kind (default 100)")
    parser.add_argument("--unchanged", action="store_true", help="print the chosen sentences unedited instead")
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    args = parser.parse_args()
    if not os.path.exists(os.path.join(args.shared, NTREX_EN)):
        sys.exit(f"fuzzy_queries: {os.path.join(args.shared, NTREX_EN)} is absent (give the ../shared directory)")
    queries = make_queries(ntrex_lines(args.shared), args.seed, args.per_kind)
    if args.unchanged:
        queries = unchanged(queries)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    for q in queries:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
    if args.output:
        out.close()


if __name__ == "__main__":
    main()
