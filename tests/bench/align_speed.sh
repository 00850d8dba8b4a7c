#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Time and peak memory of `terjime align --presegmented` on three ~20,000-segment versions (en, ru, tk) of one text,
# the size docs/alignment.md quotes ("Speed"), measured with /usr/bin/time -v.
#   tests/bench/align_speed.sh [BUILD_DIR] [SHARED_DIR]   (defaults: build, ../shared; relative paths from the repo root)
# The texts are NTREX-128 newstest2019 and FLORES-200 dev and devtest, repeated until they reach
# TERJIME_BENCH_SEGMENTS lines (default 20000), built in a temporary directory that is removed on exit; nothing is
# written into the repository. The corpora are line-parallel, so the alignment is 1-1 throughout: this measures the
# band of the search, not the hard cases. With TERJIME_BENCH_TM=DB the alignment uses a dictionary learned from the
# memory DB (--tm), learning included in the time.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-build}
shared=${2:-${TERJIME_SHARED_DIR:-../shared}}
[[ $build = /* ]] || build="$repo/$build"
[[ $shared = /* ]] || shared="$repo/$shared"
terjime="$build/bin/terjime"
[[ -x $terjime ]] || { echo "align_speed.sh: $terjime not found; build it first" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "align_speed.sh: /usr/bin/time (GNU time) is needed for the peak memory" >&2; exit 1; }
corpora="$shared/corpora"
langs=(en ru tk)
for lang in "${langs[@]}"; do
  for source in "$corpora/ntrex128/newstest2019.$lang.txt" "$corpora/flores200/dev.$lang.txt" \
      "$corpora/flores200/devtest.$lang.txt"; do
    [[ -r $source ]] || { echo "align_speed.sh: $source missing" >&2; exit 1; }
  done
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/terjime-align-speed.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

target=${TERJIME_BENCH_SEGMENTS:-20000}
args=()
for lang in "${langs[@]}"; do
  cat "$corpora/ntrex128/newstest2019.$lang.txt" "$corpora/flores200/dev.$lang.txt" \
    "$corpora/flores200/devtest.$lang.txt" > "$tmp/once.$lang"
  # Whole copies, then the head of one more: every language gets the same number of lines.
  once=$(wc -l < "$tmp/once.$lang")
  for (( i = 0; i < target / once; i++ )); do cat "$tmp/once.$lang"; done > "$tmp/$lang.seg"
  head -n $(( target % once )) "$tmp/once.$lang" >> "$tmp/$lang.seg"
  args+=(--lang "$lang=$tmp/$lang.seg")
done
echo "input: $(wc -l < "$tmp/en.seg") segments per language (en, ru, tk), in $tmp"

[[ -n ${TERJIME_BENCH_TM:-} ]] && args+=(--tm "$TERJIME_BENCH_TM")
/usr/bin/time -v -o "$tmp/time.txt" "$terjime" align --presegmented "${args[@]}" -o "$tmp/out.jsonl"
wall=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time.txt")
user=$(sed -n 's/^\s*User time (seconds): //p' "$tmp/time.txt")
peak=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$tmp/time.txt")
beads=$(wc -l < "$tmp/out.jsonl")
echo "terjime align --presegmented: $beads beads, wall clock $wall, user ${user} s, peak resident memory $(( peak / 1024 )) MB"
