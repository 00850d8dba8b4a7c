# SPDX-License-Identifier: GPL-3.0-or-later
# Every dependency is a Debian 12 package; cmake/install-deps.sh installs them.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(Boost 1.74 REQUIRED COMPONENTS locale)
# The translation memory: SQLite with FTS5 (Debian builds it in).
find_package(SQLite3 3.40 REQUIRED)
# Snowball's libstemmer (libstemmer-dev) ships no CMake or pkg-config file: wrap it in an imported target.
find_path(TERJIME_STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(TERJIME_STEMMER_LIBRARY stemmer REQUIRED)
if(NOT TARGET Snowball::stemmer)
  add_library(Snowball::stemmer UNKNOWN IMPORTED)
  set_target_properties(Snowball::stemmer PROPERTIES IMPORTED_LOCATION "${TERJIME_STEMMER_LIBRARY}"
                        INTERFACE_INCLUDE_DIRECTORIES "${TERJIME_STEMMER_INCLUDE_DIR}")
endif()
if(TERJIME_BUILD_GUI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets)
endif()
if(TERJIME_BUILD_TESTS)
  find_package(GTest 1.12 REQUIRED)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()
if(TERJIME_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()
find_program(TERJIME_MSGFMT msgfmt REQUIRED)
