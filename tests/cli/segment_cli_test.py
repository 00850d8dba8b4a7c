#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real `terjime segment` binary on files: output formats, offsets, exit codes and error messages.

Usage: segment_cli_test.py TERJIME_BINARY"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = sys.argv.pop(1)
ENV = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="", LC_MESSAGES="")


def run(*args, stdin=b""):
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, env=ENV, timeout=60)


class SegmentCli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def test_lines_format_from_standard_input(self):
        p = run("segment", "--lang", "ru", stdin="Заседание прошло в г. Вене. Делегаты приняли план.\n".encode())
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.decode().splitlines(), ["Заседание прошло в г. Вене.", "Делегаты приняли план."])

    def test_jsonl_offsets_are_code_points_into_the_input(self):
        # An astral character and a decomposed letter before the segments: offsets must count code points of the
        # input as given, not UTF-16 units and not the normalised text.
        text = "😀 Tu\u0308rkmenistan.\n\n• Second paragraph. Third one.\n"
        path = self.write("release.txt", text)
        p = run("segment", "--lang", "en", "--format", "jsonl", path)
        self.assertEqual(p.returncode, 0, p.stderr)
        rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
        self.assertEqual([r["index"] for r in rows], [0, 1, 2])
        self.assertEqual([r["para"] for r in rows], [0, 1, 1])
        self.assertEqual(rows[0]["text"], "😀 Türkmenistan.")  # NFC in the text
        for r in rows:
            self.assertEqual(text[r["start"]:r["end"]].replace("u\u0308", "ü"), r["text"])
        self.assertEqual(rows[1]["text"], "Second paragraph.")  # the bullet stays outside

    def test_unknown_language_exits_2_naming_the_supported_ones(self):
        p = run("segment", "--lang", "de", stdin=b"Hallo.")
        self.assertEqual(p.returncode, 2)
        self.assertIn("tk, tk-Cyrl, ru, en", p.stderr.decode())

    def test_missing_file_exits_3_naming_it(self):
        p = run("segment", "--lang", "en", os.path.join(self.dir.name, "nowhere.txt"))
        self.assertEqual(p.returncode, 3)
        self.assertIn("nowhere.txt", p.stderr.decode())

    def test_invalid_utf8_exits_3_with_line_and_column(self):
        path = self.write("broken.txt", b"First line.\nSecond \xff line.\n")
        p = run("segment", "--lang", "en", path)
        self.assertEqual(p.returncode, 3)
        self.assertIn("broken.txt:2:8:", p.stderr.decode())
        self.assertEqual(p.stdout, b"")

    def test_exported_rules_give_the_same_segmentation(self):
        rules = run("segment", "--export-rules")
        self.assertEqual(rules.returncode, 0)
        self.assertIn(b"<srx", rules.stdout)
        path = self.write("rules.srx", rules.stdout)
        text = "Mr. A. Gurbanov spoke. S.Toýlyýew we ş.m. gatnaşdy. Он родился в г. Мары. 850 people came.".encode()
        for lang in ("en", "ru", "tk"):
            builtin = run("segment", "--lang", lang, stdin=text)
            exported = run("segment", "--lang", lang, "--rules", path, stdin=text)
            self.assertEqual(builtin.stdout, exported.stdout, lang)

    def test_custom_rules_are_used(self):
        srx = """<?xml version="1.0"?><srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="no"/>
<body><languagerules><languagerule languagerulename="semi">
<rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>
</languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="semi"/></maprules>
</body></srx>"""
        path = self.write("semi.srx", srx)
        p = run("segment", "--lang", "en", "--rules", path, stdin=b"one; two. three")
        self.assertEqual(p.stdout.decode().splitlines(), ["one;", "two. three"])

    def test_broken_rules_exit_3_with_location(self):
        path = self.write("bad.srx", "<srx version='2.0'>\n<body>\n<languagerules>\n</srx>")
        p = run("segment", "--lang", "en", "--rules", path, stdin=b"x")
        self.assertEqual(p.returncode, 3)
        self.assertIn("bad.srx:4:", p.stderr.decode())
        bad_regex = self.write("regex.srx", """<srx xmlns="http://www.lisa.org/srx20" version="2.0"><body><languagerules>
<languagerule languagerulename="x">
<rule break="yes"><beforebreak>[unclosed</beforebreak><afterbreak/></rule>
</languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="x"/></maprules>
</body></srx>""")
        p = run("segment", "--lang", "en", "--rules", bad_regex, stdin=b"x")
        self.assertEqual(p.returncode, 3)
        self.assertIn("regex.srx:3", p.stderr.decode())

    def test_unknown_option_and_command_exit_2(self):
        self.assertEqual(run("segment", "--frobnicate").returncode, 2)
        self.assertEqual(run("translate-everything").returncode, 2)
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run("--help").returncode, 0)

    def test_several_files_are_labelled(self):
        a = self.write("a.txt", "One. Two.")
        b = self.write("b.txt", "Three.")
        p = run("segment", "--lang", "en", "--format", "jsonl", a, b)
        rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
        self.assertEqual([(os.path.basename(r["file"]), r["index"]) for r in rows], [("a.txt", 0), ("a.txt", 1), ("b.txt", 0)])


if __name__ == "__main__":
    unittest.main(verbosity=2)
