#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real `terjime check` binary: inputs (TMX, a memory, raw releases), exit codes, report formats, baselines,
the configuration file and rule levels. The planted-problem releases are checked by check_planted_test.py.

Usage: check_cli_test.py TERJIME_BINARY REPOSITORY_ROOT"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

BINARY = sys.argv.pop(1)
ROOT = sys.argv.pop(1)
GLOSSARIES = os.path.join(ROOT, "glossaries")
SAMPLE = os.path.join(ROOT, "docs", "sample")
ENV = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="", LC_MESSAGES="")
ENV.pop("NO_COLOR", None)

UNITS = [
    # (tuid, en, ru, tk): one clean unit, one with a forbidden Russian term, one with a wrong number.
    ("clean", "The Office of the Prosecutor General met in Ashgabat.",
     "Совещание Генеральной прокуратуры прошло в Ашхабаде.", "Baş prokuraturanyň maslahaty Aşgabatda geçirildi."),
    ("forbidden", "The Office of the Prosecutor General approved the report.",
     "Генпрокуратура одобрила доклад.", "Baş prokuratura hasabaty makullady."),
    ("number", "The plan has 12 measures.", "План включает 21 меру.", "Meýilnama 12 çäräni öz içine alýar."),
]


def tmx(units, srclang="en"):
    body = []
    for tuid, *texts in units:
        tuvs = "".join(f'<tuv xml:lang="{lang}"><seg>{text}</seg></tuv>' for lang, text in zip(["en", "ru", "tk"], texts))
        body.append(f'<tu tuid="{tuid}">{tuvs}</tu>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="test" '
            f'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="{srclang}" datatype="plaintext"/>'
            "<body>\n" + "\n".join(body) + "\n</body></tmx>\n")


class CheckCliTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.tmx = self.write("release.tmx", tmx(UNITS))

    def tearDown(self):
        shutil.rmtree(self.dir)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def run_check(self, *args, cwd=None, env=ENV):
        return subprocess.run([BINARY, "check", *args], capture_output=True, env=env, timeout=120,
                              cwd=cwd or self.dir)

    def json_report(self, *args):
        run = self.run_check("--glossary", GLOSSARIES, "--format", "json", *args)
        return run, json.loads(run.stdout)

    def found(self, report):
        return sorted((f["unit"], f["rule"], f["lang"]) for f in report["findings"])

    def test_findings_exit_code_and_json(self):
        run, report = self.json_report(self.tmx)
        self.assertEqual(run.returncode, 1, run.stderr)
        self.assertEqual(self.found(report), [("forbidden", "term-forbidden", "ru"), ("number", "number-mismatch", "ru")])
        forbidden = next(f for f in report["findings"] if f["rule"] == "term-forbidden")
        self.assertEqual(forbidden["concept"], "inst-002")
        self.assertEqual(forbidden["severity"], "error")
        self.assertIn("Генпрокуратура", forbidden["message"])
        self.assertEqual(forbidden["line"], 4)  # the line of its <tu>
        self.assertEqual(report["summary"]["units"], 3)
        self.assertEqual(report["summary"]["errors"], 2)
        self.assertFalse(report["summary"]["passed"])

    def test_fail_on_levels(self):
        self.assertEqual(self.run_check("--glossary", GLOSSARIES, "--fail-on", "never", self.tmx).returncode, 0)
        clean = self.write("clean.tmx", tmx(UNITS[:1]))
        self.assertEqual(self.run_check("--glossary", GLOSSARIES, clean).returncode, 0)
        # The only finding left is an end-punctuation warning: it fails only when warnings do.
        warning = self.write("warning.tmx", tmx([("w", "The meeting was closed.", "Заседание закрыто", "Mejlis ýapyldy.")]))
        self.assertEqual(self.run_check(warning).returncode, 0)
        self.assertEqual(self.run_check("--fail-on", "warning", warning).returncode, 1)

    def test_usage_and_input_errors(self):
        self.assertEqual(self.run_check().returncode, 2)
        self.assertEqual(self.run_check("--format", "yaml", self.tmx).returncode, 2)
        self.assertEqual(self.run_check("--fail-on", "sometimes", self.tmx).returncode, 2)
        self.assertEqual(self.run_check("--rule", "no-such-rule=off", self.tmx).returncode, 2)
        missing = self.run_check(os.path.join(self.dir, "missing.tmx"))
        self.assertEqual(missing.returncode, 3)
        self.assertIn("missing.tmx", missing.stderr.decode())
        broken = self.write("broken.tmx", tmx(UNITS).replace('<tu tuid="number">', '<tu tuid="number"><tuv>'))
        run, report = self.json_report(broken)
        self.assertEqual(run.returncode, 3)
        self.assertIn("broken.tmx:5:", run.stderr.decode())
        self.assertEqual(report["summary"]["units"], 2)  # the other units were still checked

    def test_source_language_from_header_or_option(self):
        anything = self.write("all.tmx", tmx(UNITS, srclang="*all*"))
        run = self.run_check(anything)
        self.assertEqual(run.returncode, 2)
        self.assertIn("--source", run.stderr.decode())
        self.assertEqual(self.run_check("--source", "en", "--fail-on", "never", anything).returncode, 0)

    def test_sarif_report(self):
        run = self.run_check("--glossary", GLOSSARIES, "--format", "sarif", "release.tmx")
        sarif = json.loads(run.stdout)
        self.assertEqual(sarif["version"], "2.1.0")
        results = sarif["runs"][0]["results"]
        rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        self.assertEqual(len(results), 2)
        for result in results:
            self.assertEqual(rules[result["ruleIndex"]]["id"], result["ruleId"])
            location = result["locations"][0]["physicalLocation"]
            self.assertEqual(location["artifactLocation"]["uri"], "release.tmx")
            self.assertGreater(location["region"]["startLine"], 1)
            self.assertTrue(result["partialFingerprints"])

    def test_junit_report(self):
        run = self.run_check("--glossary", GLOSSARIES, "--format", "junit", self.tmx)
        root = ET.fromstring(run.stdout)
        cases = root.findall(".//testcase")
        failures = root.findall(".//failure")
        self.assertEqual(len(failures), 2)
        self.assertGreaterEqual(len(cases), 3 * 10)  # one per unit and rule

    def test_github_annotations(self):
        run = self.run_check("--glossary", GLOSSARIES, "--format", "github", "release.tmx")
        lines = [l for l in run.stdout.decode().splitlines() if l.startswith("::")]
        self.assertEqual(len(lines), 2)
        self.assertTrue(all(l.startswith("::error file=release.tmx,line=") for l in lines), lines)

    def test_text_report_has_no_colour_in_a_pipe(self):
        run = self.run_check("--glossary", GLOSSARIES, self.tmx)
        text = run.stdout.decode()
        self.assertNotIn("\x1b[", text)
        self.assertIn("term-forbidden", text)
        self.assertIn("release.tmx:4:", text)

    def test_baseline_accepts_known_findings_only(self):
        baseline = os.path.join(self.dir, "baseline.json")
        written = self.run_check("--glossary", GLOSSARIES, "--write-baseline", baseline, self.tmx)
        self.assertEqual(written.returncode, 0, written.stderr)
        run, report = self.json_report("--baseline", baseline, self.tmx)
        self.assertEqual(run.returncode, 0)
        self.assertEqual(report["findings"], [])
        self.assertEqual(report["summary"]["suppressed"], 2)
        # Moving units around keeps them accepted; a new problem is not.
        units = [UNITS[2], UNITS[0], UNITS[1], ("new", "The plan has 5 parts.", "План состоит из 6 частей.", "Meýilnama 5 bölekden ybarat.")]
        moved = self.write("moved.tmx", tmx(units))
        run, report = self.json_report("--baseline", baseline, moved)
        self.assertEqual(run.returncode, 1)
        self.assertEqual(self.found(report), [("new", "number-mismatch", "ru")])

    def test_configuration_file_makes_a_one_line_step(self):
        os.makedirs(os.path.join(self.dir, "releases"))
        shutil.move(self.tmx, os.path.join(self.dir, "releases", "release.tmx"))
        os.symlink(GLOSSARIES, os.path.join(self.dir, "glossaries"))
        self.write(".terjime.json", json.dumps({"check": {
            "glossaries": ["glossaries/*.tbx"], "targets": ["ru", "tk"],
            "rules": {"number-mismatch": "off"}, "ignore_units": ["forb*"]}}))
        run = self.run_check("--format", "json", "release.tmx", cwd=os.path.join(self.dir, "releases"))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(json.loads(run.stdout)["findings"], [])
        # The command line wins over the file.
        run = self.run_check("--format", "json", "--rule", "number-mismatch=warning", "release.tmx",
                             cwd=os.path.join(self.dir, "releases"))
        self.assertEqual(self.found(json.loads(run.stdout)), [("number", "number-mismatch", "ru")])
        self.assertEqual(run.returncode, 0)
        # A broken file is an input error that says where.
        self.write(".terjime.json", '{"check": {\n "rules": {"number-mismatch": "loud"}}}')
        run = self.run_check("release.tmx", cwd=os.path.join(self.dir, "releases"))
        self.assertEqual(run.returncode, 3)
        self.assertIn(".terjime.json", run.stderr.decode())
        self.assertEqual(self.run_check("--no-config", "--fail-on", "never", "release.tmx",
                                        cwd=os.path.join(self.dir, "releases")).returncode, 0)

    def test_memory_input_and_reference_memory(self):
        db = os.path.join(self.dir, "tm.sqlite")
        subprocess.run([BINARY, "tm", "import", "--tm", db, self.tmx], check=True, capture_output=True, env=ENV)
        run, report = self.json_report("--tm", db, "--source", "en")
        self.assertEqual(sorted(f["rule"] for f in report["findings"]), ["number-mismatch", "term-forbidden"])
        other = self.write("other.tmx", tmx([("again", UNITS[0][1], "Генеральная прокуратура провела совещание в Ашхабаде.", UNITS[0][3])]))
        run, report = self.json_report("--reference-tm", db, other)
        self.assertEqual(self.found(report), [("again", "inconsistent-target", "ru")])

    def test_raw_release_is_aligned_and_located_per_language(self):
        run, report = self.json_report(*[f"--lang={l}={os.path.join(SAMPLE, 'release.' + l + '.txt')}" for l in ["en", "ru", "tk"]])
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(report["summary"]["units"], 12)
        for finding in report["findings"]:
            self.assertEqual(finding["severity"], "info")
            self.assertTrue(finding["file"].endswith("release." + finding["lang"] + ".txt"), finding)
            self.assertGreater(finding["line"], 0)

    def test_list_rules(self):
        run = subprocess.run([BINARY, "check", "--list-rules"], capture_output=True, env=ENV)
        self.assertEqual(run.returncode, 0)
        self.assertIn("term-missing", run.stdout.decode())
        self.assertGreaterEqual(len(run.stdout.decode().splitlines()), 15)


if __name__ == "__main__":
    unittest.main(verbosity=2)
