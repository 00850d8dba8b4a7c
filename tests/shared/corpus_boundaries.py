#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentence-boundary precision and recall of `terjime segment` on real parallel text from ../shared/corpora.

Each document of a line-parallel set (one sentence per line) is joined into one paragraph and segmented again; a
boundary is the position between two gold lines. This is evaluation only: the corpora are never used to write rules.

Usage: corpus_boundaries.py SHARED_DIR TERJIME_BINARY [--floor LANG=F1 ...]
Exits 77 (CTest's skip code here) when SHARED_DIR is absent, 1 when an F1 is below its floor."""
import csv
import json
import os
import subprocess
import sys

SETS = [("flores200", "dev"), ("flores200", "devtest"), ("ntrex128", "newstest2019")]


def documents(folder, name, lang):
    with open(os.path.join(folder, name + ".docs.tsv"), encoding="utf-8") as f:
        docs = [row["doc"] for row in csv.DictReader(f, delimiter="\t")]
    with open(os.path.join(folder, f"{name}.{lang}.txt"), encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    grouped = {}
    for doc, line in zip(docs, lines):
        grouped.setdefault(doc, []).append(line)
    return list(grouped.values())


def boundaries(pieces):
    """Offsets (in characters, spaces removed) where one piece ends and the next begins."""
    out, pos = set(), 0
    for piece in pieces[:-1]:
        pos += len("".join(piece.split()))
        out.add(pos)
    return out


def score(binary, lang, docs):
    text = "\n\n".join(" ".join(lines) for lines in docs) + "\n"
    run = subprocess.run([binary, "segment", "--lang", lang, "--format", "jsonl"], input=text.encode(),
                         capture_output=True, timeout=600)
    if run.returncode != 0:
        sys.exit(f"terjime failed: {run.stderr.decode()[:500]}")
    got = [[] for _ in docs]
    for line in run.stdout.decode().splitlines():
        row = json.loads(line)
        got[row["para"]].append(row["text"])
    tp = fp = fn = 0
    for gold_lines, pieces in zip(docs, got):
        gold, found = boundaries(gold_lines), boundaries(pieces)
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def main():
    shared, binary = sys.argv[1], sys.argv[2]
    floors = dict(arg.split("=") for arg in sys.argv[4::2]) if "--floor" in sys.argv else {}
    floors = {k: float(v) for k, v in floors.items()}
    corpora = os.path.join(shared, "corpora")
    if not os.path.isdir(corpora):
        print(f"SKIP: {corpora} is absent (a fresh clone has no ../shared); this shared-data test runs in CI")
        sys.exit(77)
    failed = False
    for lang in ("tk", "ru", "en"):
        docs = []
        for folder, name in SETS:
            docs += documents(os.path.join(corpora, folder), name, lang)
        p, r, f1 = score(binary, lang, docs)
        floor = floors.get(lang)
        verdict = "" if floor is None else (" ok" if f1 >= floor else f" BELOW FLOOR {floor:.3f}")
        failed |= floor is not None and f1 < floor
        print(f"{lang}: {len(docs)} documents, boundary precision {p:.3f} recall {r:.3f} F1 {f1:.3f}{verdict}")
    sys.exit(1 if failed else 0)


main()
