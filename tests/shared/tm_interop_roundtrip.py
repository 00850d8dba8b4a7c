#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every TMX file other tools wrote (../shared/interop/tmx) goes through the memory and back: import → export →
import → export gives byte-identical exports, the first export holds every unit the import stored, and a second
import of the original adds nothing.

Usage: tm_interop_roundtrip.py SHARED_DIR TERJIME_BINARY   (exit 77 when SHARED_DIR/interop/tmx is absent)"""
import os
import re
import subprocess
import sys
import tempfile

SUMMARY = re.compile(r"read (\d+) units: (\d+) added, (\d+) merged, (\d+) already present, (\d+) rejected")


def main():
    shared, binary = sys.argv[1], sys.argv[2]
    folder = os.path.join(shared, "interop", "tmx")
    if not os.path.isdir(folder):
        print(f"skipped: {folder} is absent (the shared test data is not beside this clone)")
        return 77
    env = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="")
    failures = []

    def tm(*args):
        return subprocess.run([binary, "tm", *args], capture_output=True, env=env, timeout=600)

    for name in sorted(os.listdir(folder)):
        with tempfile.TemporaryDirectory() as work:
            first, second = os.path.join(work, "1.sqlite"), os.path.join(work, "2.sqlite")
            one, two = os.path.join(work, "1.tmx"), os.path.join(work, "2.tmx")
            imported = tm("import", "--tm", first, os.path.join(folder, name))
            counts = SUMMARY.search(imported.stdout.decode())
            if imported.returncode not in (0, 3) or not counts:
                failures.append(f"{name}: import failed: {imported.stderr.decode().strip()}")
                continue
            stored = int(counts[2])
            steps = [tm("export", "--tm", first, "-o", one), tm("import", "--tm", second, one),
                     tm("export", "--tm", second, "-o", two)]
            broken = next((s for s in steps if s.returncode != 0), None)
            if broken:
                failures.append(f"{name}: {' '.join(broken.args[1:3])} failed: {broken.stderr.decode().strip()}")
                continue
            with open(one, "rb") as a, open(two, "rb") as b:
                if a.read() != b.read():
                    failures.append(f"{name}: the two exports differ")
            reread = SUMMARY.search(steps[1].stdout.decode())
            if int(reread[2]) != stored or int(reread[5]) != 0:
                failures.append(f"{name}: the export held {reread[2]} new units, the import stored {stored}")
            again = SUMMARY.search(tm("import", "--tm", first, os.path.join(folder, name)).stdout.decode())
            if int(again[2]) != 0:
                failures.append(f"{name}: a second import added {again[2]} units")
            print(f"{name}: {counts[1]} read, {stored} stored, {counts[5]} rejected: round trip identical")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
