# SPDX-License-Identifier: GPL-3.0-or-later
# terjime_module(NAME SOURCES ... USES <modules> EXTERNAL <imported targets>)
#
# A libtm module is an OBJECT library whose compiler sees only the public headers of itself and of the modules it
# declares in USES: the include path is a generated folder holding links to exactly those header folders, so an
# include of an undeclared module fails to build. Private headers stay beside the sources.
set(TERJIME_MODULE_HEADER_ROOT "${PROJECT_SOURCE_DIR}/libtm/include/tm")
set_property(GLOBAL PROPERTY TERJIME_MODULES "")

function(terjime_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;USES;EXTERNAL" ${ARGN})
  set(target tm_${name})
  add_library(${target} OBJECT ${ARG_SOURCES})
  set(view "${CMAKE_BINARY_DIR}/module-headers/${name}")
  file(REMOVE_RECURSE "${view}")
  file(MAKE_DIRECTORY "${view}/tm")
  foreach(visible IN LISTS name ARG_USES)
    file(CREATE_LINK "${TERJIME_MODULE_HEADER_ROOT}/${visible}" "${view}/tm/${visible}" SYMBOLIC)
  endforeach()
  target_include_directories(${target} PRIVATE "${view}" "${CMAKE_CURRENT_SOURCE_DIR}")
  target_link_libraries(${target} PRIVATE Qt6::Core terjime_warnings ${ARG_EXTERNAL})
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
  set_property(GLOBAL APPEND PROPERTY TERJIME_MODULES ${name})
  set_property(GLOBAL APPEND PROPERTY TERJIME_MODULE_EXTERNALS ${ARG_EXTERNAL})
endfunction()
