#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real `terjime align` binary: jsonl, tsv and tmx output, --into-tm, exit codes, and link F1 against the
hand-made gold beads of our own trilingual releases (tests/data/alignment/*/{en,ru,tk}.txt and beads.tsv).

Usage: align_cli_test.py TERJIME_BINARY REPOSITORY_ROOT"""
import itertools
import json
import os
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

BINARY = sys.argv.pop(1)
ROOT = sys.argv.pop(1)
DATA = os.path.join(ROOT, "tests", "data", "alignment")
RELEASES = sorted(os.listdir(DATA))
LANGS = ["en", "ru", "tk"]
ENV = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="", LC_MESSAGES="")
# Mean link F1 over the gold releases: the target (measured: 0.994, docs/alignment.md).
GOLD_FLOOR = 0.97
# Releases the aligner still gets partly wrong (cotton-harvest: a closing sentence of tk only, which en–tk and ru–tk
# both join to the one before; nothing in it is a number, a name or a cognate, and its length fits either way). For
# them the TMX must hold every gold bead but the two around the error; the others must equal their gold exactly.
# With a memory learned from FLORES-200 (--tm) every release aligns exactly: the shared-data test
# align_gold_with_memory checks that (docs/alignment.md, "Quality").
KNOWN_MISALIGNED = {"cotton-harvest"}


def align(release, *extra):
    args = [BINARY, "align"] + [f"--lang={l}={os.path.join(DATA, release, l + '.txt')}" for l in LANGS]
    return subprocess.run(args + list(extra), capture_output=True, env=ENV, timeout=120)


def segments(release, lang):
    run = subprocess.run([BINARY, "segment", "--lang", lang, os.path.join(DATA, release, lang + ".txt")],
                         capture_output=True, env=ENV, check=True)
    return run.stdout.decode().splitlines()


def gold_beads(release):
    beads = []
    with open(os.path.join(DATA, release, "beads.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            beads.append([[int(x) for x in c.split(",") if x] for c in cols])
    return beads


def link_f1(gold, pred):
    """Mean over language pairs of the F1 of the sentence pairs the beads imply, as ../shared/tools/alignscore.py."""
    scores = []
    for i, j in itertools.combinations(range(len(LANGS)), 2):
        g = {(a, b) for bead in gold for a in bead[i] for b in bead[j]}
        p = {(a, b) for bead in pred for a in bead[i] for b in bead[j]}
        tp = len(g & p)
        precision, recall = tp / max(1, len(p)), tp / max(1, len(g))
        scores.append(2 * precision * recall / (precision + recall) if tp else 0.0)
    return sum(scores) / len(scores)


class AlignCli(unittest.TestCase):
    def jsonl(self, release):
        run = align(release)
        self.assertEqual(run.returncode, 0, run.stderr.decode())
        return [json.loads(line) for line in run.stdout.decode().splitlines()]

    def test_jsonl_beads_cover_every_segment_in_order(self):
        for release in RELEASES:
            beads = self.jsonl(release)
            for lang in LANGS:
                indices = [i for bead in beads for i in bead[lang]]
                self.assertEqual(indices, list(range(len(segments(release, lang)))), (release, lang))
            for bead in beads:
                self.assertTrue(0 <= bead["score"] <= 1)
                self.assertIsInstance(bead["flag"], bool)
                self.assertTrue(all(len(bead[l]) <= 3 for l in LANGS))

    def test_gold_releases_link_f1(self):
        scores = []
        for release in RELEASES:
            pred = [[bead[l] for l in LANGS] for bead in self.jsonl(release)]
            scores.append(link_f1(gold_beads(release), pred))
            print(f"{release}: link F1 {scores[-1]:.3f}")
        mean = sum(scores) / len(scores)
        print(f"mean link F1 {mean:.3f} over {len(scores)} releases")
        self.assertGreaterEqual(mean, GOLD_FLOOR)

    def test_tmx_of_each_release_has_units_that_read_like_its_gold_beads(self):
        # The bead indices above say which links are right; this checks what a translator gets in the memory: the
        # unit texts, segments of a bead joined by one space, as the gold beads give them (one release at a time,
        # so that a failure names the release and the unit).
        lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
        for release in RELEASES:
            texts = {l: segments(release, l) for l in LANGS}
            expected = [{l: " ".join(texts[l][i] for i in bead[k]) for k, l in enumerate(LANGS) if bead[k]}
                        for bead in gold_beads(release)]
            with tempfile.TemporaryDirectory() as work:
                out = os.path.join(work, "out.tmx")
                run = align(release, "--format", "tmx", "-o", out)
                self.assertEqual(run.returncode, 0, run.stderr.decode())
                units = ET.parse(out).getroot().find("body").findall("tu")
            got = [{tuv.get(lang_attr): tuv.find("seg").text for tuv in unit.findall("tuv")} for unit in units]
            with self.subTest(release=release):
                if release in KNOWN_MISALIGNED:
                    missing = [bead for bead in expected if bead not in got]
                    self.assertLessEqual(len(missing), 2, missing)
                else:
                    self.assertEqual(got, expected)

    def test_tsv_has_the_bead_texts_and_the_score(self):
        release = RELEASES[0]
        beads = self.jsonl(release)
        run = align(release, "--format", "tsv")
        self.assertEqual(run.returncode, 0, run.stderr.decode())
        lines = run.stdout.decode().splitlines()
        self.assertEqual(len(lines), len(beads))
        texts = {l: segments(release, l) for l in LANGS}
        for line, bead in zip(lines, beads):
            cols = line.split("\t")
            self.assertEqual(len(cols), len(LANGS) + 1)
            for k, lang in enumerate(LANGS):
                self.assertEqual(cols[k], " ".join(texts[lang][i] for i in bead[lang]))
            self.assertAlmostEqual(float(cols[-1]), bead["score"], places=3)

    def test_tmx_units_are_the_beads(self):
        release = RELEASES[0]
        beads = self.jsonl(release)
        texts = {l: segments(release, l) for l in LANGS}
        with tempfile.TemporaryDirectory() as work:
            out = os.path.join(work, "out.tmx")
            run = align(release, "--format", "tmx", "-o", out)
            self.assertEqual(run.returncode, 0, run.stderr.decode())
            units = ET.parse(out).getroot().find("body").findall("tu")
        self.assertEqual(len(units), len(beads))
        lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
        for unit, bead in zip(units, beads):
            props = {p.get("type"): p.text for p in unit.findall("prop")}
            self.assertIn(props["x-align-flag"], ("true", "false"))
            self.assertAlmostEqual(float(props["x-align-score"]), bead["score"], places=3)
            variants = {tuv.get(lang_attr): tuv.find("seg").text for tuv in unit.findall("tuv")}
            expected = {l: " ".join(texts[l][i] for i in bead[l]) for l in LANGS if bead[l]}
            self.assertEqual(variants, expected)
        self.assertNotIn("prev", {p.get("type") for p in units[0].findall("prop")})
        self.assertEqual({p.get("type"): p.text for p in units[1].findall("prop")}["prev"], texts["en"][0])

    def test_into_tm_stores_one_unit_per_bead(self):
        release = RELEASES[0]
        beads = self.jsonl(release)
        with tempfile.TemporaryDirectory() as work:
            db = os.path.join(work, "memory.sqlite")
            run = align(release, "--into-tm", db)
            self.assertEqual(run.returncode, 0, run.stderr.decode())
            self.assertEqual(run.stdout, b"")
            stats = subprocess.run([BINARY, "tm", "stats", "--tm", db], capture_output=True, env=ENV, check=True)
            self.assertIn(f"units: {len(beads)}", stats.stdout.decode())
            again = align(release, "--into-tm", db)
            self.assertEqual(again.returncode, 0, again.stderr.decode())
            self.assertIn("0 added", again.stderr.decode())

    def test_presegmented_lines_are_segments(self):
        with tempfile.TemporaryDirectory() as work:
            args = []
            for lang, lines in (("en", ["The Cabinet met on 1 April.", "It approved 12 decrees."]),
                                ("ru", ["Кабинет собрался 1 апреля.", "Он утвердил 12 постановлений."])):
                path = os.path.join(work, lang + ".seg")
                with open(path, "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
                args += ["--lang", f"{lang}={path}"]
            run = subprocess.run([BINARY, "align", "--presegmented", *args], capture_output=True, env=ENV)
            self.assertEqual(run.returncode, 0, run.stderr.decode())
            beads = [json.loads(line) for line in run.stdout.decode().splitlines()]
            self.assertEqual([(b["en"], b["ru"]) for b in beads], [([0], [0]), ([1], [1])])

    def test_tm_dictionary_from_other_releases(self):
        # A memory built from the other gold releases (never from the one aligned): its dictionary must not lower the
        # link F1 of any release, and the mean stays at least the floor. The memory is named in the message.
        for release in RELEASES:
            with tempfile.TemporaryDirectory() as work:
                db = os.path.join(work, "memory.sqlite")
                for other in RELEASES:
                    if other != release:
                        stored = align(other, "--into-tm", db)
                        self.assertEqual(stored.returncode, 0, stored.stderr.decode())
                run = align(release, "--tm", db)
                self.assertEqual(run.returncode, 0, run.stderr.decode())
                self.assertIn(db, run.stderr.decode())
                self.assertIn("word pairs learned from", run.stderr.decode())
                pred = [[bead[l] for l in LANGS] for bead in map(json.loads, run.stdout.decode().splitlines())]
                without = [[bead[l] for l in LANGS] for bead in self.jsonl(release)]
                gold = gold_beads(release)
                with self.subTest(release=release):
                    self.assertGreaterEqual(link_f1(gold, pred), link_f1(gold, without))

    def test_tm_errors(self):
        en = os.path.join(DATA, RELEASES[0], "en.txt")
        ru = os.path.join(DATA, RELEASES[0], "ru.txt")
        missing = subprocess.run([BINARY, "align", f"--lang=en={en}", f"--lang=ru={ru}", "--tm", "/nonexistent/tm.sqlite"],
                                 capture_output=True, env=ENV)
        self.assertEqual(missing.returncode, 3)
        self.assertIn(b"/nonexistent/tm.sqlite", missing.stderr)
        self.assertEqual(missing.stdout, b"")
        with tempfile.TemporaryDirectory() as work:
            bad = os.path.join(work, "notes.sqlite")
            with open(bad, "w", encoding="utf-8") as f:
                f.write("not a memory\n")
            invalid = subprocess.run([BINARY, "align", f"--lang=en={en}", f"--lang=ru={ru}", "--tm", bad],
                                     capture_output=True, env=ENV)
            self.assertEqual(invalid.returncode, 3)
            self.assertIn(bad.encode(), invalid.stderr)

    def test_errors(self):
        en = os.path.join(DATA, RELEASES[0], "en.txt")
        unknown = subprocess.run([BINARY, "align", f"--lang=en={en}", f"--lang=fr={en}"], capture_output=True, env=ENV)
        self.assertEqual(unknown.returncode, 2)
        self.assertIn(b"'fr'", unknown.stderr)
        missing = subprocess.run([BINARY, "align", f"--lang=en={en}", "--lang=ru=/nonexistent/ru.txt"],
                                 capture_output=True, env=ENV)
        self.assertEqual(missing.returncode, 3)
        self.assertIn(b"/nonexistent/ru.txt", missing.stderr)
        with tempfile.TemporaryDirectory() as work:
            bad = os.path.join(work, "ru.txt")
            with open(bad, "wb") as f:
                f.write(b"ok\n\xff\n")
            invalid = subprocess.run([BINARY, "align", f"--lang=en={en}", f"--lang=ru={bad}"], capture_output=True,
                                     env=ENV)
            self.assertEqual(invalid.returncode, 3)
            self.assertIn(f"{bad}:2:".encode(), invalid.stderr)
        one = subprocess.run([BINARY, "align", f"--lang=en={en}"], capture_output=True, env=ENV)
        self.assertEqual(one.returncode, 2)
        twice = subprocess.run([BINARY, "align", f"--lang=en={en}", f"--lang=en={en}"], capture_output=True, env=ENV)
        self.assertEqual(twice.returncode, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
