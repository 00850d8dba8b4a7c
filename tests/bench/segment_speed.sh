#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `terjime segment --lang ru` on ~45 MB of Russian news text against a bare ICU sentence BreakIterator pass
# over the same paragraphs (icu_sentence_pass), best processor time of 5 alternating runs each
# (TERJIME_BENCH_RUNS changes the count), and prints the ratio.
#   tests/bench/segment_speed.sh [BUILD_DIR]     (default: build; relative paths are taken from the repo root)
# The text is built from ../shared/corpora (groups of 5 lines form a paragraph) in a temporary directory that is
# removed on exit; nothing is written into the repository. TERJIME_BENCH_MB changes the size (default 45).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-build}
[[ $build = /* ]] || build="$repo/$build"
terjime="$build/bin/terjime"
icu_pass="$build/bin/icu_sentence_pass"
for exe in "$terjime" "$icu_pass"; do
  [[ -x $exe ]] || { echo "segment_speed.sh: $exe not found; build it first" >&2; exit 1; }
done
corpora="$repo/../shared/corpora"
sources=("$corpora/ntrex128/newstest2019.ru.txt" "$corpora"/flores200/*.ru.txt)
for source in "${sources[@]}"; do
  [[ -r $source ]] || { echo "segment_speed.sh: $source missing" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/terjime-segment-speed.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# One copy of the corpus as paragraphs of 5 sentences, then as many copies as reach the target size.
awk 'NF == 0 { next } { print; if (++n % 5 == 0) print "" } END { if (n % 5) print "" }' "${sources[@]}" \
  > "$tmp/once.txt"
target=$(( ${TERJIME_BENCH_MB:-45} * 1000 * 1000 ))
once=$(stat -c %s "$tmp/once.txt")
copies=$(( (target + once - 1) / once ))
for (( i = 0; i < copies; i++ )); do cat "$tmp/once.txt"; done > "$tmp/ru.txt"
size=$(stat -c %s "$tmp/ru.txt")
paragraphs=$(grep -c '^$' "$tmp/ru.txt" || true)
echo "input: $size bytes, $paragraphs paragraphs ($copies copies of ${#sources[@]} files), in $tmp"

# best_of RUNS NAME COMMAND...: runs COMMAND, alternating with the other measurement, RUNS times (stdout to
# $tmp/NAME.out) and prints the best processor time (user + system). Both programs run on one thread, so on an idle
# machine this is their wall time; on a shared one (CI, a laptop compiling) it is what stays comparable.
cpu_time() {
  local name=$1
  shift
  /usr/bin/time -o "$tmp/$name.time" -f "%U %S" "$@" > "$tmp/$name.out"
  awk '{ printf "%.2f", $1 + $2 }' "$tmp/$name.time"
}
runs=${TERJIME_BENCH_RUNS:-5}
terjime_time="" icu_time=""
for (( run = 1; run <= runs; run++ )); do
  t=$(cpu_time terjime "$terjime" segment --lang ru "$tmp/ru.txt")
  i=$(cpu_time icu "$icu_pass" "$tmp/ru.txt")
  echo "  run $run: terjime $t s, ICU $i s" >&2
  if [[ -z $terjime_time ]] || awk -v t="$t" -v b="$terjime_time" 'BEGIN { exit !(t < b) }'; then terjime_time=$t; fi
  if [[ -z $icu_time ]] || awk -v t="$i" -v b="$icu_time" 'BEGIN { exit !(t < b) }'; then icu_time=$i; fi
done
echo "segments: terjime $(wc -l < "$tmp/terjime.out"), ICU $(cat "$tmp/icu.out")"
ratio=$(awk -v a="$terjime_time" -v b="$icu_time" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
echo "terjime segment: $terjime_time s; ICU BreakIterator: $icu_time s (best processor time of $runs runs); ratio $ratio"
