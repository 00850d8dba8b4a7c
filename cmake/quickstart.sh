#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands.
#   sh cmake/quickstart.sh sample   install what is missing, build, segment the bundled sample release, find the
#                                   glossary terms in it, align its three versions into the default translation
#                                   memory, look a sentence up there and check the translations (terjime check)
#   sh cmake/quickstart.sh test     install what is missing, build everything, run every test, then the project's
#                                   own gate: lint the glossaries and check the sample releases with them
set -eu
cd "$(dirname "$0")/.."
sh cmake/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
configure() {
  [ -f build/CMakeCache.txt ] || cmake --preset default >/dev/null
}

case "${1:-}" in
  sample)
    configure
    cmake --build build --parallel "$jobs" --target terjime terjime_catalogs >/dev/null
    for lang in tk ru en; do
      file=docs/sample/release.$lang.txt
      segments=$(build/bin/terjime segment --lang "$lang" "$file")
      echo "== $file: $(printf '%s\n' "$segments" | wc -l) segments =="
      printf '%s\n' "$segments" | nl -ba -w3 -s'  '
      echo "-- terms of glossaries/ found (segment:start-end, text, concept, term, status):"
      printf '%s\n' "$segments" | build/bin/terjime glossary find --glossary glossaries --lang "$lang"
      echo
    done
    # The default memory, as docs/translation-memory.md describes it (terjime tm uses it when --tm is not given).
    memory=${TERJIME_TM:-${XDG_DATA_HOME:-$HOME/.local/share}/terjime/memory.sqlite}
    echo "== the three versions aligned (segment indices per language, confidence) into $memory =="
    build/bin/terjime align --lang tk=docs/sample/release.tk.txt --lang ru=docs/sample/release.ru.txt \
      --lang en=docs/sample/release.en.txt --format jsonl --into-tm "$memory"
    query="The next meeting of the Commission will be held in September 2025."
    echo "-- lookup: $query"
    build/bin/terjime tm lookup --from en --to tk "$query"
    build/bin/terjime tm lookup --from en --to ru "$query"
    echo "== terjime check: the translations against glossaries/ (settings: .terjime.json) =="
    build/bin/terjime check --lang en=docs/sample/release.en.txt --lang ru=docs/sample/release.ru.txt \
      --lang tk=docs/sample/release.tk.txt
    ;;
  test)
    configure
    cmake --build build --parallel "$jobs"
    ctest --test-dir build --output-on-failure --parallel "$jobs"
    # The gate a translation project runs in CI, on our own glossaries and sample releases (.terjime.json).
    build/bin/terjime glossary lint glossaries
    build/bin/terjime check docs/sample/release.tmx
    build/bin/terjime check --lang en=docs/sample/release.en.txt --lang ru=docs/sample/release.ru.txt \
      --lang tk=docs/sample/release.tk.txt
    ;;
  *)
    echo "usage: sh cmake/quickstart.sh sample|test" >&2
    exit 2
    ;;
esac
