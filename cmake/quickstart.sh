#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands.
#   sh cmake/quickstart.sh sample   install what is missing, build, segment the bundled sample release and find
#                                   the glossary terms in it
#   sh cmake/quickstart.sh test     install what is missing, build everything, run every test
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
    ;;
  test)
    configure
    cmake --build build --parallel "$jobs"
    ctest --test-dir build --output-on-failure --parallel "$jobs"
    ;;
  *)
    echo "usage: sh cmake/quickstart.sh sample|test" >&2
    exit 2
    ;;
esac
