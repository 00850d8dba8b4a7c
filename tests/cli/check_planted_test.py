#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Acceptance test of `terjime check` on our own trilingual releases with planted problems (tests/data/check/).

Every unit of tests/data/check/*.tmx declares the exact set of findings it must produce in a
<prop type="x-expect">RULE:LANG RULE:LANG</prop>; a unit without that prop is clean and must produce none. The raw
trio tests/data/check/raw/{en,ru,tk}.txt aligns one to one, sentence by sentence, and raw/expected.tsv lists its
planted findings by 0-based sentence (= bead) index. Also checks the exit codes of --fail-on.

Usage: check_planted_test.py TERJIME_BINARY REPOSITORY_ROOT"""
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

BINARY = sys.argv.pop(1)
ROOT = sys.argv.pop(1)
DATA = os.path.join(ROOT, "tests", "data", "check")
RAW = os.path.join(DATA, "raw")
TMX_FILES = sorted(glob.glob(os.path.join(DATA, "*.tmx")))
GLOSSARIES = sorted(glob.glob(os.path.join(ROOT, "glossaries", "*.tbx")))
GLOSSARY_ARGS = [arg for g in GLOSSARIES for arg in ("--glossary", g)]
LANGS = ["en", "ru", "tk"]
TARGET_ARGS = ["--source", "en", "--target", "ru", "--target", "tk"]
ENV = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="", LC_MESSAGES="")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RULES = {"term-missing", "term-forbidden", "term-superseded", "term-admitted", "number-mismatch", "date-mismatch",
         "target-missing", "target-empty", "untranslated", "inconsistent-target", "inconsistent-source",
         "typography-quotes", "typography-dashes", "typography-spacing", "end-punctuation"}


def check(*args):
    return subprocess.run([BINARY, "check", *GLOSSARY_ARGS, *args], capture_output=True, env=ENV, timeout=300)


def parse_report(proc, what):
    """The JSON report of a `terjime check --format json` run, or a test failure that shows the output."""
    try:
        report = json.loads(proc.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise AssertionError(f"{what}: the output is not JSON ({e}); exit {proc.returncode}\n"
                             f"stdout: {proc.stdout[:2000]!r}\nstderr: {proc.stderr[:2000]!r}")
    if not isinstance(report, dict) or not isinstance(report.get("findings"), list):
        raise AssertionError(f"{what}: the report has no \"findings\" list: {proc.stdout[:2000]!r}")
    return report


def finding_key(finding):
    return f"{finding.get('rule')}:{finding.get('lang', finding.get('language'))}"


def found_by_unit(report):
    """{unit id (str): {"rule:lang": [finding, ...]}}"""
    found = collections.defaultdict(lambda: collections.defaultdict(list))
    for f in report["findings"]:
        found[str(f.get("unit"))][finding_key(f)].append(f)
    return found


def tmx_units(path):
    """[(tuid, expected set of "rule:lang")] in file order."""
    units = []
    for tu in ET.parse(path).getroot().iter("tu"):
        expect = set()
        for prop in tu.findall("prop"):
            if prop.get("type") == "x-expect":
                expect |= set((prop.text or "").split())
        units.append((tu.get("tuid"), expect))
    return units


def compare(units, found, where):
    """Per unit, the expected set against the found set. Returns (differences, planted found, planted, clean ok)."""
    differences = []
    planted_found = planted = clean_ok = 0
    known = set()
    for unit, expect in units:
        known.add(unit)
        got = found.get(unit, {})
        planted += len(expect)
        planted_found += len(expect & set(got))
        if not expect and not got:
            clean_ok += 1
        if set(got) != expect:
            messages = [f"{key} [{f.get('severity')}] {f.get('message')}"
                        + (f" ({f['concept']})" if f.get("concept") else "")
                        for key in sorted(got) for f in got[key]]
            differences.append(f"{where} unit {unit}: expected {sorted(expect)}, found {sorted(got)}\n"
                               + "".join(f"      {m}\n" for m in messages)
                               + (f"      missing: {sorted(expect - set(got))}\n" if expect - set(got) else "")
                               + (f"      unexpected: {sorted(set(got) - expect)}\n" if set(got) - expect else ""))
    for unit in sorted(set(found) - known):
        differences.append(f"{where}: findings for unit {unit!r}, which the input does not have: "
                           f"{sorted(found[unit])}\n")
    return differences, planted_found, planted, clean_ok


def report_differences(test, differences, summary):
    """Prints the summary line and every difference, then fails if there is any."""
    print(summary, file=sys.stderr, flush=True)
    if differences:
        print("".join(differences), file=sys.stderr, flush=True)
        test.fail(f"{len(differences)} unit(s) differ from their declared findings (listed above)")


def raw_expectations():
    expected = collections.defaultdict(set)
    with open(os.path.join(RAW, "expected.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            index, key = line.rstrip("\n").split("\t")
            expected[str(int(index))].add(key)
    return expected


def segments(lang):
    proc = subprocess.run([BINARY, "segment", "--lang", lang, os.path.join(RAW, lang + ".txt")],
                          capture_output=True, env=ENV, timeout=60, check=True)
    return proc.stdout.decode("utf-8").splitlines()


def raw_args():
    return [arg for l in LANGS for arg in ("--lang", f"{l}={os.path.join(RAW, l + '.txt')}")] + ["--source", "en"]


class CheckPlanted(unittest.TestCase):
    maxDiff = None

    def test_data_is_as_declared(self):
        """The test data itself: TMX 1.4 with srclang en, 12-20 units of en/ru/tk, at least half clean, known rules."""
        self.assertGreaterEqual(len(TMX_FILES), 5)
        for path in TMX_FILES:
            name = os.path.splitext(os.path.basename(path))[0]
            root = ET.parse(path).getroot()
            self.assertEqual(root.find("header").get("srclang"), "en", path)
            units = tmx_units(path)
            self.assertTrue(12 <= len(units) <= 20, f"{path}: {len(units)} units")
            self.assertEqual([u for u, _ in units], [f"{name}-{i:02d}" for i in range(1, len(units) + 1)], path)
            self.assertGreaterEqual(sum(1 for _, e in units if not e) * 2, len(units), f"{path}: too few clean units")
            for unit, expect in units:
                for key in expect:
                    rule, _, lang = key.partition(":")
                    self.assertIn(rule, RULES, f"{path} {unit}: {key}")
                    self.assertIn(lang, LANGS, f"{path} {unit}: {key}")
            for tu in root.iter("tu"):
                langs = [tuv.get(XML_LANG) for tuv in tu.findall("tuv")]
                self.assertIn("en", langs, tu.get("tuid"))
                self.assertTrue(set(langs) <= set(LANGS) and len(langs) == len(set(langs)), tu.get("tuid"))
        counts = {l: len(segments(l)) for l in LANGS}
        self.assertEqual(len(set(counts.values())), 1, f"the raw trio splits differently: {counts}")
        self.assertTrue(all(int(i) < counts["en"] for i in raw_expectations()))

    def test_planted_tmx_findings(self):
        differences = []
        planted_found = planted = clean_ok = 0
        for path in TMX_FILES:
            proc = check(*TARGET_ARGS, "--fail-on", "never", "--format", "json", path)
            self.assertEqual(proc.returncode, 0, f"{path}: {proc.stderr.decode(errors='replace')}")
            report = parse_report(proc, path)
            d, pf, p, c = compare(tmx_units(path), found_by_unit(report), os.path.basename(path))
            differences += d
            planted_found, planted, clean_ok = planted_found + pf, planted + p, clean_ok + c
        clean = sum(1 for path in TMX_FILES for _, e in tmx_units(path) if not e)
        report_differences(self, differences, f"{planted_found} planted problems found of {planted}; "
                                              f"{clean_ok} clean units without findings (of {clean})")

    def test_raw_trio_findings(self):
        proc = check(*raw_args(), "--fail-on", "never", "--format", "json")
        self.assertEqual(proc.returncode, 0, proc.stderr.decode(errors="replace"))
        report = parse_report(proc, "raw trio")
        expected = raw_expectations()
        beads = len(segments("en"))
        units = [(str(i), expected.get(str(i), set())) for i in range(beads)]
        differences, planted_found, planted, clean_ok = compare(units, found_by_unit(report), "raw")
        report_differences(self, differences, f"raw trio: {planted_found} planted problems found of {planted}; "
                                              f"{clean_ok} clean units without findings")

    def test_fail_on_error_exits_1_on_the_planted_files(self):
        for path in TMX_FILES:
            proc = check(*TARGET_ARGS, "--fail-on", "error", "--format", "json", path)
            self.assertEqual(proc.returncode, 1, f"{path}: {proc.stderr.decode(errors='replace')}")
            parse_report(proc, path)
        proc = check(*raw_args(), "--fail-on", "error", "--format", "json")
        self.assertEqual(proc.returncode, 1, proc.stderr.decode(errors="replace"))

    def test_the_clean_units_alone_pass(self):
        with tempfile.TemporaryDirectory() as tmp:
            for path in TMX_FILES:
                tree = ET.parse(path)
                body = tree.getroot().find("body")
                for tu in list(body.findall("tu")):
                    if any(p.get("type") == "x-expect" for p in tu.findall("prop")):
                        body.remove(tu)
                clean = os.path.join(tmp, "clean-" + os.path.basename(path))
                tree.write(clean, encoding="UTF-8", xml_declaration=True)
                proc = check(*TARGET_ARGS, "--fail-on", "error", "--format", "json", clean)
                report = parse_report(proc, clean)
                self.assertEqual(report["findings"], [], f"clean units of {os.path.basename(path)}")
                self.assertEqual(proc.returncode, 0, f"{clean}: {proc.stderr.decode(errors='replace')}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
