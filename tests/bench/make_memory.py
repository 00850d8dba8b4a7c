#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a trilingual (en, ru, tk) TMX 1.4 translation memory of N units built from ../shared/corpora.

The memory is test input for the translation memory's quality check (tests/shared/tm_fuzzy_quality.py) and its scale
benchmark (tests/bench/tm_scale.py). Real units come first: NTREX-128 (tuid `ntrex-<line>`), then with `--corpus all`
FLORES-200 dev and devtest (`flores-dev-<line>`, `flores-devtest-<line>`) and UDHR (`udhr-<line>`); line numbers are
1-based, as in the corpus files. Beyond the ~6,100 real units, synthetic units (`syn-<k>`) are made by joining the
first part of a real unit A to the last part of a real unit B, in all three languages at the same proportional word
position. So the vocabulary and the length distribution stay those of real text, and every synthetic unit shares a
quarter to three quarters of its words with a real one: hard distractors for a fuzzy lookup, not random noise.

Every unit's English text is unique (duplicates are skipped), the output is streamed (a 1M-unit memory is ~0.5 GB and
is never held in memory), and the same arguments always give the same file.

Usage: make_memory.py SHARED_DIR --units N -o OUT.tmx [--seed S] [--corpus ntrex|all]
SHARED_DIR is the directory that holds corpora/ (../shared of the repository)."""
import argparse
import os
import random
import sys
import time

LANGS = ("en", "ru", "tk")
# (tuid prefix, folder under corpora/, file stem); the order is the order of the real units in the memory.
SETS = [("ntrex", "ntrex128", "newstest2019"), ("flores-dev", "flores200", "dev"),
        ("flores-devtest", "flores200", "devtest"), ("udhr", "udhr", "udhr")]
NTREX_LINES = 1997
DEFAULT_SEED = 1


def escape(text):
    """XML character data: only & < > need escaping inside <seg> (quotes matter only in attributes)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def real_units(shared, corpus="all"):
    """Yield (tuid, (en, ru, tk)) for the line-parallel corpus sets, skipping lines empty in any language."""
    for prefix, folder, stem in SETS[:1] if corpus == "ntrex" else SETS:
        texts = []
        for lang in LANGS:
            with open(os.path.join(shared, "corpora", folder, f"{stem}.{lang}.txt"), encoding="utf-8") as f:
                texts.append(f.read().splitlines())
        if len({len(t) for t in texts}) != 1:
            sys.exit(f"make_memory: {folder}/{stem}: the three languages have different line counts")
        for number, row in enumerate(zip(*texts), 1):
            row = tuple(text.strip() for text in row)
            if all(row):
                yield f"{prefix}-{number}", row


def synthetic_units(parents, seed):
    """Endless, seeded stream of (en, ru, tk) recombinations of two different real units.

    parents are real units already split into escaped words (escaping per word equals escaping the joined text). The
    cut is at the same fraction f of the words in each language (f drawn from [0.25, 0.75]), so the three sides stay
    roughly translations of each other and the unit differs from both parents in a real way."""
    rng = random.Random(seed)
    count = len(parents)
    while True:
        a, b = rng.randrange(count), rng.randrange(count)
        if a == b:
            continue
        f = 0.25 + 0.5 * rng.random()
        out = []
        for words_a, words_b in zip(parents[a], parents[b]):
            cut_a = min(max(1, round(f * len(words_a))), len(words_a) - 1)
            cut_b = min(max(1, round(f * len(words_b))), len(words_b) - 1)
            out.append(" ".join(words_a[:cut_a] + words_b[cut_b:]))
        yield tuple(out)


def memory_units(shared, units, seed=DEFAULT_SEED, corpus="all"):
    """Yield (tuid, (en, ru, tk)) with XML-escaped texts: the first `units` units of the memory described above."""
    if corpus == "ntrex" and units > NTREX_LINES:
        sys.exit(f"make_memory: --corpus ntrex has only {NTREX_LINES} units (asked for {units}); use --corpus all")
    seen, parents, made = set(), [], 0
    for tuid, row in real_units(shared, corpus):
        if made == units:
            return
        row = tuple(escape(text) for text in row)
        if row[0] in seen:
            continue
        seen.add(row[0])
        made += 1
        yield tuid, row
        words = tuple(text.split() for text in row)
        if all(len(w) >= 2 for w in words):
            parents.append(words)
    k = 0
    for row in synthetic_units(parents, seed):
        if made == units:
            return
        if row[0] in seen:
            continue
        seen.add(row[0])
        made += 1
        k += 1
        yield f"syn-{k}", row


def write_tmx(path, units):
    """Stream (tuid, escaped texts) pairs to a TMX 1.4 file, one <tu> per line; returns the number of units."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                  '<header creationtool="terjime-make_memory" creationtoolversion="1" datatype="plaintext" '
                  'segtype="sentence" adminlang="en" srclang="en" o-tmf="terjime"/>\n<body>\n')
        for tuid, (en, ru, tk) in units:
            out.write(f'<tu tuid="{tuid}"><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="ru"><seg>{ru}</seg>'
                      f'</tuv><tuv xml:lang="tk"><seg>{tk}</seg></tuv></tu>\n')
            count += 1
        out.write("</body>\n</tmx>\n")
    return count


def make_memory(shared, units, path, seed=DEFAULT_SEED, corpus="all"):
    """Write the memory to path; returns the number of units written (less than asked only if the corpus runs out)."""
    return write_tmx(path, memory_units(shared, units, seed, corpus))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", metavar="SHARED_DIR", help="directory holding corpora/ (../shared)")
    parser.add_argument("--units", type=int, required=True, help="number of units to write")
    parser.add_argument("-o", "--output", required=True, help="TMX file to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the synthetic units")
    parser.add_argument("--corpus", choices=("ntrex", "all"), default="all",
                        help="ntrex: the first N NTREX lines only; all: every real unit, then synthetic ones")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "corpora")):
        sys.exit(f"make_memory: {args.shared}/corpora is absent (give the ../shared directory)")
    start = time.perf_counter()
    count = make_memory(args.shared, args.units, args.output, args.seed, args.corpus)
    print(f"{args.output}: {count} units, {os.path.getsize(args.output) / 1e6:.1f} MB "
          f"in {time.perf_counter() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
