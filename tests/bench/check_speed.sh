#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The speed benchmark of `terjime check` (README-check.md): 100,000 en/ru/tk units against a 5,000-concept glossary,
# in-process (bench_check: units/s and the ratio to reading and tokenising the same TMX, goal <= 2) and end to end
# through the CLI under /usr/bin/time -v (wall time, units/s, peak RSS).
#
#   tests/bench/check_speed.sh [BUILD_DIR] [WORK_DIR]
#
#   BUILD_DIR  default build (relative paths are taken from the repo root); needs bin/terjime and bin/bench_check:
#              cmake --preset default && cmake --build build --target terjime bench_check
#   WORK_DIR   where the input lives, default ${TMPDIR:-/tmp}/check-bench; made by make_check_input.py from
#              SHARED_DIR (default ../shared) when check-100k.tmx or glossary-5000.tbx is missing. The input is
#              evaluation data: keep it out of the repository.
#   ROUNDS=N   rounds of each bench_check pass (best one counts; default 3)
#   BREAKDOWN=1  also time (b) with groups of rules turned off, without a glossary, and term recognition alone
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-build}
[[ $build = /* ]] || build="$repo/$build"
work=${2:-${TMPDIR:-/tmp}/check-bench}
shared=${SHARED_DIR:-$repo/../shared}
terjime="$build/bin/terjime"
bench="$build/bin/bench_check"
for exe in "$terjime" "$bench"; do
  [[ -x $exe ]] || { echo "check_speed.sh: $exe not found; build it first" >&2; exit 1; }
done

tmx="$work/check-100k.tmx"
glossary="$work/glossary-5000.tbx"
if [[ ! -s $tmx || ! -s $glossary ]]; then
  python3 "$repo/tests/bench/make_check_input.py" "$work" --shared "$shared" --units 100000 --concepts 5000
fi
units=$(grep -c '<tu ' "$tmx")
echo "input: $tmx ($(stat -c %s "$tmx") bytes, $units units), $glossary"

echo "== in-process (bench_check, best of ${ROUNDS:-3})"
breakdown=()
[[ ${BREAKDOWN:-0} = 1 ]] && breakdown=(--breakdown)
"$bench" --tmx "$tmx" --glossary "$glossary" --rounds "${ROUNDS:-3}" "${breakdown[@]}"

echo "== end to end (terjime check, one run)"
# --fail-on never: the run must succeed whatever it finds; the report is built and serialised like any other, then
# thrown away.
log="$work/check-time.log"
status=0
/usr/bin/time -v "$terjime" check --no-config --glossary "$glossary" --source en --target ru --target tk \
  --format json -o /dev/null --fail-on never "$tmx" 2> "$log" || status=$?
if (( status != 0 )); then
  cat "$log" >&2
  echo "check_speed.sh: terjime check exited with $status" >&2
  exit 1
fi
# GNU time prints "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" and the peak RSS in KiB.
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i];
                                               print s }' "$log")
rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
user=$(awk -F': ' '/User time/ { print $2 }' "$log")
rate=$(awk -v u="$units" -v w="$wall" 'BEGIN { printf "%.0f", (w > 0 ? u / w : 0) }')
echo "terjime check: $wall s wall ($user s user), $rate units/s, peak RSS $rss MiB"
