#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real `terjime tm` binary: import, export, lookup, concordance, stats, exit codes, and the memory's
reliability (an import killed half-way, two importers at once, files that are not memories).

Usage: tm_cli_test.py TERJIME_BINARY REPOSITORY_ROOT"""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest
from xml.sax.saxutils import escape

BINARY = sys.argv.pop(1)
ROOT = sys.argv.pop(1)
SAMPLE_TMX = os.path.join(ROOT, "docs", "sample", "release.tmx")
ENV = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="", LC_MESSAGES="")
ENV.pop("TERJIME_TM", None)


def run(*args, env=ENV, timeout=300):
    return subprocess.run([BINARY, "tm", *args], capture_output=True, env=env, timeout=timeout)


def tmx(units):
    """A TMX document of (tuid, {lang: text}) units."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
             '<header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en"'
             ' srclang="en" datatype="plaintext"/>', "<body>"]
    for tuid, variants in units:
        lines.append(f'<tu tuid="{tuid}">')
        for lang, text in variants.items():
            lines.append(f'<tuv xml:lang="{lang}"><seg>{escape(text)}</seg></tuv>')
        lines.append("</tu>")
    lines += ["</body>", "</tmx>"]
    return "\n".join(lines) + "\n"


def numbered_units(count, prefix):
    """Distinct trilingual units written for these tests."""
    return [(f"{prefix}-{i}", {"en": f"Report {prefix} {i} on the cotton harvest in Lebap was approved.",
                               "ru": f"Отчёт {prefix} {i} об урожае хлопка в Лебапе утверждён.",
                               "tk": f"Lebapda pagta hasyly barada {prefix} {i} hasabat tassyklandy."})
            for i in range(count)]


class TmCli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.db = self.path("memory.sqlite")

    def tearDown(self):
        self.dir.cleanup()

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)
        return self.path(name)

    def lookup(self, *args):
        result = run("lookup", "--tm", self.db, "--format", "jsonl", *args)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        return [json.loads(line) for line in result.stdout.decode().splitlines()]

    def test_import_counts_and_a_second_import_adds_nothing(self):
        first = run("import", "--tm", self.db, SAMPLE_TMX)
        self.assertEqual(first.returncode, 0, first.stderr.decode())
        self.assertIn("read 12 units: 12 added, 0 merged, 0 already present, 0 rejected", first.stdout.decode())
        second = run("import", "--tm", self.db, SAMPLE_TMX)
        self.assertEqual(second.returncode, 0)
        self.assertIn("read 12 units: 0 added, 0 merged, 12 already present, 0 rejected", second.stdout.decode())
        stats = run("stats", "--tm", self.db).stdout.decode()
        self.assertIn("units: 12\n", stats)
        self.assertIn("  tk: 12\n", stats)

    def test_export_import_export_is_byte_identical(self):
        run("import", "--tm", self.db, SAMPLE_TMX)
        first = run("export", "--tm", self.db, "-o", self.path("one.tmx"))
        self.assertEqual(first.returncode, 0, first.stderr.decode())
        other = self.path("other.sqlite")
        self.assertEqual(run("import", "--tm", other, self.path("one.tmx")).returncode, 0)
        self.assertEqual(run("export", "--tm", other, "-o", self.path("two.tmx")).returncode, 0)
        with open(self.path("one.tmx"), "rb") as a, open(self.path("two.tmx"), "rb") as b:
            one, two = a.read(), b.read()
        self.assertEqual(one, two)
        self.assertIn(b'tuid="sample-7"', one)

    def test_export_of_two_languages_leaves_out_the_third(self):
        run("import", "--tm", self.db, SAMPLE_TMX)
        self.assertEqual(run("export", "--tm", self.db, "--langs", "en,tk", "-o", self.path("en-tk.tmx")).returncode, 0)
        with open(self.path("en-tk.tmx"), encoding="utf-8") as f:
            text = f.read()
        self.assertIn('xml:lang="tk"', text)
        self.assertNotIn('xml:lang="ru"', text)

    def test_exact_fuzzy_and_context_matches(self):
        run("import", "--tm", self.db, SAMPLE_TMX)
        exact = self.lookup("--from", "en", "--to", "ru", "The next meeting of the Commission will be held in July 2025.")
        self.assertEqual(exact[0]["score"], 100)
        self.assertEqual(exact[0]["tuid"], "sample-12")
        self.assertEqual(exact[0]["target"], "Следующее заседание комиссии состоится в июле 2025 г.")
        self.assertEqual(exact[0]["query"], 0)

        fuzzy = self.lookup("--from", "en", "--to", "tk", "The next meeting of the Commission will be held in August 2025.")
        self.assertEqual(fuzzy[0]["tuid"], "sample-12")
        self.assertTrue(60 <= fuzzy[0]["score"] < 100, fuzzy[0])

        # Every line of the English sample as a query: its neighbours are its context, as in the memory.
        segments = subprocess.run([BINARY, "segment", "--lang", "en", os.path.join(ROOT, "docs", "sample", "release.en.txt")],
                                  capture_output=True, env=ENV).stdout.decode()
        queries = self.write("queries.txt", segments)
        matches = self.lookup("--from", "en", "--to", "ru", "--limit", "1", "--input", queries)
        self.assertEqual([m["query"] for m in matches], list(range(12)))
        self.assertEqual({m["score"] for m in matches}, {101})
        self.assertEqual([m["tuid"] for m in matches], [f"sample-{i}" for i in range(1, 13)])

    def test_text_output_and_minimum_score(self):
        run("import", "--tm", self.db, SAMPLE_TMX)
        text = run("lookup", "--tm", self.db, "--from", "ru", "--to", "tk", "Следующее заседание комиссии состоится в июле 2025 г.")
        self.assertEqual(text.returncode, 0)
        self.assertIn("100%  tuid sample-12", text.stdout.decode())
        self.assertIn("tk: Komissiýanyň indiki mejlisi 2025-nji ýylyň iýul aýynda geçiriler.", text.stdout.decode())
        self.assertEqual(self.lookup("--from", "en", "--to", "ru", "--min-score", "90", "Cotton prices fell."), [])

    def test_concordance_marks_the_words(self):
        run("import", "--tm", self.db, SAMPLE_TMX)
        result = run("concordance", "--tm", self.db, "--lang", "en", '"national action plan"')
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        out = result.stdout.decode()
        self.assertIn("[National] [Action] [Plan]", out)
        self.assertEqual(out.count("tuid "), 2)
        words = run("concordance", "--tm", self.db, "--lang", "ru", "--format", "jsonl", "заседание комиссии")
        hits = [json.loads(line) for line in words.stdout.decode().splitlines()]
        self.assertTrue(hits)
        first = hits[0]
        start, end = first["spans"][0]
        self.assertIn(first["text"][start:end].lower(), {"заседание", "комиссии"})

    def test_broken_units_are_reported_stored_around_and_written_to_the_rejects_file(self):
        units = numbered_units(10, "r")
        text = tmx(units)
        text = text.replace("<seg>Report r 2 on", "<seg>Report r 2 & on")          # malformed XML
        text = text.replace('<tuv xml:lang="ru"><seg>Отчёт r 5', '<tuv><seg>Отчёт r 5')  # no language
        text = text.replace("<seg>Report r 8 on", '<seg><ept i="1">&lt;/b></ept>Report r 8 on')  # ept without bpt
        source = self.write("broken.tmx", text)
        result = run("import", "--tm", self.db, "--rejects", self.path("rejects.tmx"), source)
        self.assertEqual(result.returncode, 3)
        self.assertIn("read 10 units: 7 added, 0 merged, 0 already present, 3 rejected", result.stdout.decode())
        errors = result.stderr.decode().splitlines()
        self.assertEqual(len(errors), 3, errors)
        lines = text.splitlines()
        for error, marker in zip(errors, ["Report r 2 &", "<tuv><seg>Отчёт r 5", "<ept"]):
            line_number = next(i for i, line in enumerate(lines, 1) if marker in line)
            self.assertRegex(error, rf"broken\.tmx:{line_number}:\d+: ")
        with open(self.path("rejects.tmx"), encoding="utf-8") as f:
            rejects = f.read()
        self.assertEqual(rejects.count("<tu "), 3)
        self.assertIn("Report r 2 & on", rejects)
        self.assertIn("units: 7\n", run("stats", "--tm", self.db).stdout.decode())

    def test_usage_and_input_errors(self):
        self.assertEqual(run("lookup", "--tm", self.db, "--from", "en", "--to", "ru", "x").returncode, 3)
        self.assertEqual(run("lookup", "--tm", self.db, "x").returncode, 2)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run("import", "--tm", self.db).returncode, 2)
        not_memory = self.write("notes.txt", "These are my notes, not a memory.\n" * 100)
        result = run("stats", "--tm", not_memory)
        self.assertEqual(result.returncode, 3)
        self.assertIn("not a Terjime memory", result.stderr.decode())
        missing = run("import", "--tm", self.db, self.path("missing.tmx"))
        self.assertEqual(missing.returncode, 3)
        self.assertIn("missing.tmx", missing.stderr.decode())

    def test_the_default_memory_is_created_in_the_users_data_folder(self):
        env = dict(ENV, HOME=self.dir.name)
        env.pop("XDG_DATA_HOME", None)
        result = run("import", SAMPLE_TMX, env=env)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertTrue(os.path.isfile(os.path.join(self.dir.name, ".local", "share", "terjime", "memory.sqlite")))
        self.assertIn("units: 12", run("stats", env=env).stdout.decode())

    def test_two_processes_importing_at_once_both_succeed(self):
        first = self.write("first.tmx", tmx(numbered_units(3000, "a")))
        second = self.write("second.tmx", tmx(numbered_units(3000, "b")))
        processes = [subprocess.Popen([BINARY, "tm", "import", "--tm", self.db, "--batch", "200", path],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
                     for path in (first, second)]
        for process in processes:
            out, err = process.communicate(timeout=300)
            self.assertEqual(process.returncode, 0, err.decode())
            self.assertIn("3000 added", out.decode())
        self.assertIn("units: 6000\n", run("stats", "--tm", self.db).stdout.decode())

    def test_an_import_killed_half_way_leaves_whole_batches_and_can_be_finished(self):
        total, batch = 100000, 10000
        source = self.write("big.tmx", tmx(numbered_units(total, "k")))
        process = subprocess.Popen([BINARY, "tm", "import", "--tm", self.db, "--batch", str(batch), source],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        stored = 0
        deadline = time.time() + 240
        while time.time() < deadline and process.poll() is None:
            time.sleep(0.05)
            try:
                with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=10) as db:
                    stored = db.execute("SELECT count(*) FROM unit").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= batch:
                break
        self.assertIsNone(process.poll(), "the import finished before it could be killed")
        process.send_signal(signal.SIGKILL)
        process.wait()
        with sqlite3.connect(self.db) as db:
            self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            units = db.execute("SELECT count(*) FROM unit").fetchone()[0]
            variants = db.execute("SELECT count(*) FROM variant").fetchone()[0]
            indexed = db.execute("SELECT count(*) FROM variant_words_docsize").fetchone()[0]
        self.assertGreater(units, 0)
        self.assertLess(units, total)
        self.assertEqual(units % batch, 0, "a batch was stored in part")
        self.assertEqual(variants, 3 * units)
        self.assertEqual(indexed, variants)
        again = run("import", "--tm", self.db, source)
        self.assertEqual(again.returncode, 0, again.stderr.decode())
        self.assertIn(f"{total - units} added", again.stdout.decode())
        self.assertIn(f"units: {total}\n", run("stats", "--tm", self.db).stdout.decode())


if __name__ == "__main__":
    unittest.main()
