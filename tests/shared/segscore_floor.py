#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Score `terjime segment` on a peer suite with ../shared/tools/segscore.py and fail below a floor.

Usage: segscore_floor.py SHARED_DIR TERJIME_BINARY SUITE FLOOR
Exits 77 (CTest's skip code here) when SHARED_DIR is absent."""
import os
import re
import subprocess
import sys

shared, binary, suite, floor = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
script = os.path.join(shared, "tools", "segscore.py")
suite_path = os.path.join(shared, "segmentation", "golden", suite)
if not os.path.exists(script) or not os.path.exists(suite_path):
    print(f"SKIP: {shared} is absent (a fresh clone has no ../shared); this shared-data test runs in CI")
    sys.exit(77)
out = subprocess.run([sys.executable, script, "terjime:" + binary, suite_path], capture_output=True, text=True)
print(out.stdout, out.stderr, sep="")
m = re.search(r"= ([0-9.]+)", out.stdout)
if not m:
    print("no score in segscore output")
    sys.exit(1)
score = float(m.group(1))
print(f"{suite}: {score:.3f} (floor {floor:.3f})")
sys.exit(0 if score >= floor else 1)
