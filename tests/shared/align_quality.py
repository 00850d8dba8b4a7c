#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Link F1 of `terjime align --presegmented` on NTREX-128 alignment tasks, scored as the project is judged.

Tasks come from ../shared/tools/makealigntask.py (30 documents of newstest2019, --merge 0.15 --drop 0.05) for each
seed, are aligned with `terjime align --presegmented --format jsonl --lang en=… --lang ru=… --lang tk=…` and scored
with ../shared/tools/alignscore.py. Prints the mean link F1 per seed and overall. This is evaluation only: nothing is
tuned on or copied from the corpus.

Usage: align_quality.py SHARED_DIR TERJIME_BINARY [--floor F] [--seeds 1,2,3] [--tm DB]
--tm DB aligns with a translation dictionary learned from the memory DB (which must not be built from NTREX-128).
Exits 77 (CTest's skip code here) when SHARED_DIR or the corpus is absent, 1 when the overall mean is below F."""
import os
import re
import subprocess
import sys
import tempfile


def align_and_score(shared, binary, task, extra):
    pred = os.path.join(task, "pred.jsonl")
    langs = []
    for lang in ("en", "ru", "tk"):
        langs += ["--lang", f"{lang}={os.path.join(task, lang + '.seg')}"]
    run = subprocess.run([binary, "align", "--presegmented", "--format", "jsonl", "-o", pred] + langs + extra,
                         capture_output=True, timeout=600)
    if run.returncode != 0:
        sys.exit(f"terjime align failed on {task}: {run.stderr.decode()[:500]}")
    score = subprocess.run([sys.executable, os.path.join(shared, "tools", "alignscore.py"),
                            os.path.join(task, "beads.tsv"), pred], capture_output=True, text=True, check=True)
    found = re.search(r"mean link F1 ([0-9.]+)", score.stdout)
    if not found:
        sys.exit(f"alignscore.py printed no mean link F1 for {task}:\n{score.stdout}")
    return float(found.group(1))


def main():
    args = sys.argv[1:]
    floor, seeds, extra = 0.0, ["1", "2", "3"], []
    if "--floor" in args:
        k = args.index("--floor"); floor = float(args[k + 1]); del args[k:k + 2]
    if "--seeds" in args:
        k = args.index("--seeds"); seeds = args[k + 1].split(","); del args[k:k + 2]
    if "--tm" in args:
        k = args.index("--tm"); extra = ["--tm", args[k + 1]]; del args[k:k + 2]
    shared, binary = args
    corpus = os.path.join(shared, "corpora", "ntrex128", "newstest2019")
    if not os.path.exists(corpus + ".en.txt") or not os.path.exists(os.path.join(shared, "tools", "alignscore.py")):
        print(f"skipped: {corpus}.*.txt or the scoring tools are absent (set TERJIME_SHARED_DIR)")
        sys.exit(77)
    all_scores = []
    with tempfile.TemporaryDirectory(prefix="align_quality") as work:
        for seed in seeds:
            out = os.path.join(work, f"seed{seed}")
            subprocess.run([sys.executable, os.path.join(shared, "tools", "makealigntask.py"), corpus, out,
                            "--docs", "30", "--merge", "0.15", "--drop", "0.05", "--seed", seed], check=True)
            scores = [align_and_score(shared, binary, os.path.join(out, task), extra) for task in sorted(os.listdir(out))]
            all_scores += scores
            print(f"seed {seed}: {len(scores)} documents, mean link F1 {sum(scores) / len(scores):.4f}, "
                  f"lowest {min(scores):.3f}")
    mean = sum(all_scores) / len(all_scores)
    print(f"overall: {len(all_scores)} documents, mean link F1 {mean:.4f} (floor {floor})")
    if mean < floor:
        print(f"FAIL: mean link F1 {mean:.4f} is below the floor {floor}")
        sys.exit(1)


main()
