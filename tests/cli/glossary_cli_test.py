#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real `terjime glossary` binary on files: find, lint, stats, export, exit codes.

Usage: glossary_cli_test.py TERJIME_BINARY REPOSITORY_ROOT"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = sys.argv.pop(1)
ROOT = sys.argv.pop(1)
GLOSSARIES = os.path.join(ROOT, "glossaries")
ENV = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="", LC_MESSAGES="")

BROKEN = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1">
<langSet xml:lang="en"><tig><term>National Action Plan</term>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>Action Plan</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
<langSet xml:lang="ru"><tig><term>Национальный план действий</term></tig></langSet>
</termEntry>
<termEntry id="c2">
<langSet xml:lang="en"><tig><term>national action plan</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def run(*args, stdin=b""):
    return subprocess.run([BINARY, "glossary", *args], input=stdin, capture_output=True, env=ENV, timeout=120)


class GlossaryCli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_the_project_glossaries_are_lint_clean(self):
        files = sorted(os.path.join(GLOSSARIES, f) for f in os.listdir(GLOSSARIES) if f.endswith(".tbx"))
        p = run("lint", *files)
        self.assertEqual(p.returncode, 0, p.stdout.decode() + p.stderr.decode())

    def test_lint_reports_problems_and_exits_1(self):
        p = run("lint", self.write("broken.tbx", BROKEN))
        self.assertEqual(p.returncode, 1)
        report = p.stdout.decode()
        self.assertIn("c1", report)  # two preferred terms in one language
        self.assertIn("c2", report)  # a concept missing a language, and a term under two concepts
        self.assertGreaterEqual(len(report.splitlines()), 3)

    def test_find_reports_inflected_forms_with_code_point_offsets(self):
        text = "😀 Заседание Межведомственной комиссии прошло в Генпрокуратуре.\nМинистр выступил.\n"
        p = run("find", "--glossary", GLOSSARIES, "--lang", "ru", "--format", "jsonl", stdin=text.encode())
        self.assertEqual(p.returncode, 0, p.stderr)
        rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
        self.assertEqual([(r["line"], r["concept"], r["status"]) for r in rows],
                         [(0, "inst-001", "admitted"), (0, "inst-002", "deprecated")])
        first_line = text.splitlines()[0]
        for r in rows:
            self.assertEqual(first_line[r["start"]:r["end"]], r["text"])

    def test_export_is_a_fixed_point(self):
        source = os.path.join(GLOSSARIES, "institutions.tbx")
        once = os.path.join(self.dir.name, "once.tbx")
        twice = os.path.join(self.dir.name, "twice.tbx")
        self.assertEqual(run("export", "--glossary", source, "--output", once).returncode, 0)
        self.assertEqual(run("export", "--glossary", once, "--output", twice).returncode, 0)
        with open(once, "rb") as a, open(twice, "rb") as b, open(source, "rb") as c:
            self.assertEqual(a.read(), b.read())
        for fmt in ("tbx3", "tsv"):
            out = os.path.join(self.dir.name, "out." + fmt)
            self.assertEqual(run("export", "--glossary", source, "--format", fmt, "--output", out).returncode, 0)
            self.assertGreater(os.path.getsize(out), 1000)

    def test_stats_counts_concepts(self):
        p = run("stats", os.path.join(GLOSSARIES, "trafficking.tbx"))
        self.assertEqual(p.returncode, 0)
        self.assertIn("38 concepts", p.stdout.decode())

    def test_bad_input_exits_3_with_location_and_bad_usage_exits_2(self):
        bad = self.write("bad.tbx", "<martif>\n<text>\n<body></text>")
        p = run("lint", bad)
        self.assertEqual(p.returncode, 3)
        self.assertIn("bad.tbx:3:", p.stderr.decode())
        self.assertEqual(run("find", "--glossary", bad).returncode, 2)  # no --lang
        self.assertEqual(run("find", "--glossary", GLOSSARIES, "--lang", "de").returncode, 2)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run("lint", os.path.join(self.dir.name, "missing.tbx")).returncode, 3)


if __name__ == "__main__":
    unittest.main(verbosity=2)
