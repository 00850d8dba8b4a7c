#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Terjime needs to build, test and run; silent when everything is present.
# Usage: sh cmake/install-deps.sh [--fuzz]   (--fuzz adds clang and libFuzzer for the 'fuzz' preset)
set -eu

packages="build-essential cmake ninja-build pkg-config python3 gettext
  qt6-base-dev qt6-qpa-plugins libicu-dev libsqlite3-dev sqlite3 libboost-locale-dev libstemmer-dev
  libgtest-dev libgmock-dev libbenchmark-dev"
if [ "${1:-}" = "--fuzz" ]; then
  packages="$packages clang libclang-rt-14-dev"
fi

missing=""
for package in $packages; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done
[ -z "$missing" ] && exit 0

as_root=""
if [ "$(id -u)" -ne 0 ]; then
  as_root="sudo"
fi
echo "terjime: installing Debian packages:$missing"
log=$(mktemp)
# apt's own chatter goes to a log that is shown only when the installation fails.
if ! { $as_root apt-get update -qq && \
       DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing; } >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  echo "terjime: installing the packages failed (see above)" >&2
  exit 1
fi
rm -f "$log"
