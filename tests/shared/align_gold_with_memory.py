#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Our hand-made gold releases (tests/data/alignment/*), aligned as a translator with a memory would align them.

A memory is built from FLORES-200 dev and devtest (other text than the releases: `terjime align --presegmented
--into-tm`), then each release's raw en/ru/tk text is aligned with `terjime align --tm MEMORY --format tmx`. Every
release must come out exactly as its gold beads: the TMX units hold the gold beads' texts (segments of a bead joined
by one space), unit for unit. Without a memory, cli.align checks the same with one release allowed to differ
(docs/alignment.md, "Quality").

Usage: align_gold_with_memory.py SHARED_DIR TERJIME_BINARY REPOSITORY_ROOT
Exits 77 (CTest's skip code here) when SHARED_DIR or FLORES-200 is absent, 1 when a release differs from its gold."""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGS = ["en", "ru", "tk"]
LANG_ATTR = "{http://www.w3.org/XML/1998/namespace}lang"
ENV = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="", LC_MESSAGES="")


def run(args):
    done = subprocess.run(args, capture_output=True, env=ENV, timeout=600)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr.decode()[:500]}")
    return done.stdout.decode()


def gold_beads(release_dir):
    beads = []
    with open(os.path.join(release_dir, "beads.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            beads.append([[int(x) for x in c.split(",") if x] for c in line.rstrip("\n").split("\t")])
    return beads


def main():
    shared, binary, root = sys.argv[1:4]
    flores = os.path.join(shared, "corpora", "flores200")
    if not os.path.exists(os.path.join(flores, "dev.en.txt")):
        print(f"skipped: {flores} is absent (set TERJIME_SHARED_DIR)")
        sys.exit(77)
    data = os.path.join(root, "tests", "data", "alignment")
    failures = []
    with tempfile.TemporaryDirectory() as work:
        memory = os.path.join(work, "flores.sqlite")
        for split in ("dev", "devtest"):
            langs = [f"--lang={l}={os.path.join(flores, f'{split}.{l}.txt')}" for l in LANGS]
            run([binary, "align", "--presegmented", "--into-tm", memory] + langs)
        for release in sorted(os.listdir(data)):
            folder = os.path.join(data, release)
            texts = {l: run([binary, "segment", "--lang", l, os.path.join(folder, l + ".txt")]).splitlines()
                     for l in LANGS}
            expected = [{l: " ".join(texts[l][i] for i in bead[k]) for k, l in enumerate(LANGS) if bead[k]}
                        for bead in gold_beads(folder)]
            out = os.path.join(work, release + ".tmx")
            run([binary, "align", "--tm", memory, "--format", "tmx", "-o", out]
                + [f"--lang={l}={os.path.join(folder, l + '.txt')}" for l in LANGS])
            units = ET.parse(out).getroot().find("body").findall("tu")
            got = [{tuv.get(LANG_ATTR): tuv.find("seg").text for tuv in unit.findall("tuv")} for unit in units]
            if got == expected:
                print(f"{release}: {len(got)} units, all as the gold beads")
            else:
                wrong = [bead for bead in expected if bead not in got]
                print(f"{release}: differs from its gold; gold beads not among the units: {wrong}")
                failures.append(release)
    if failures:
        sys.exit(f"releases that differ from their gold with a FLORES-200 memory: {', '.join(failures)}")


if __name__ == "__main__":
    main()
