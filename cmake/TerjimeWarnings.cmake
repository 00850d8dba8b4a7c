# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings live on an interface target that is linked PRIVATE everywhere, so they never leak into the exported
# package (consumers choose their own warning level).
add_library(terjime_warnings INTERFACE)
target_compile_options(terjime_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wimplicit-fallthrough
  -Wno-sign-conversion -Wno-conversion)
