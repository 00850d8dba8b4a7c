#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `terjime segment --lang ru` on ~45 MB of Russian news text against a bare ICU sentence BreakIterator pass
# over the same paragraphs (icu_sentence_pass), best wall time of 3 runs each, and prints the ratio.
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

now() { date +%s.%N; }
# best_of3 NAME COMMAND...: runs COMMAND 3 times (stdout to $tmp/NAME.out) and prints the best wall time.
best_of3() {
  local name=$1 best="" start end took
  shift
  for _ in 1 2 3; do
    start=$(now)
    "$@" > "$tmp/$name.out"
    end=$(now)
    took=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    echo "  $name run: $took s" >&2
    if [[ -z $best ]] || awk -v t="$took" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$took; fi
  done
  echo "$best"
}

terjime_time=$(best_of3 terjime "$terjime" segment --lang ru "$tmp/ru.txt")
icu_time=$(best_of3 icu "$icu_pass" "$tmp/ru.txt")
echo "segments: terjime $(wc -l < "$tmp/terjime.out"), ICU $(cat "$tmp/icu.out")"
ratio=$(awk -v a="$terjime_time" -v b="$icu_time" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
echo "terjime segment: $terjime_time s; ICU BreakIterator: $icu_time s; ratio $ratio"
