# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the terjime binary in a given locale and checks its exit code and one of its output streams.
#
#   cmake -DTERJIME=<binary> -DARGS="<arguments>" -DLANG_VALUE=<LANG> [-DLC_ALL_VALUE=<LC_ALL>]
#         -DEXPECT_EXIT=<code> -DSTREAM=stdout|stderr -DEXPECT=<regex> -P run_cli.cmake
#
# The locale comes from LANG (and LC_ALL when given) only: LC_ALL, LC_MESSAGES, LANGUAGE and TERJIME_LOCALEDIR are
# cleared so that the developer's environment cannot change the result, and the binary finds its catalogs in
# ../share/locale as it does for users.
foreach(required TERJIME LANG_VALUE EXPECT_EXIT STREAM EXPECT)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run_cli.cmake: -D${required}= is required")
  endif()
endforeach()

set(ENV{LANG} "${LANG_VALUE}")
if(DEFINED LC_ALL_VALUE)
  set(ENV{LC_ALL} "${LC_ALL_VALUE}")
else()
  unset(ENV{LC_ALL})
endif()
unset(ENV{LC_MESSAGES})
unset(ENV{LANGUAGE})
unset(ENV{TERJIME_LOCALEDIR})

separate_arguments(arguments UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${TERJIME}" ${arguments}
                RESULT_VARIABLE exit_code OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)

string(CONCAT report "LANG=${LANG_VALUE} LC_ALL=${LC_ALL_VALUE} terjime ${ARGS}\n--- exit code: ${exit_code}\n"
                     "--- stdout:\n${stdout}--- stderr:\n${stderr}---")
if(NOT exit_code STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "expected exit code ${EXPECT_EXIT}\n${report}")
endif()
if(NOT "${${STREAM}}" MATCHES "${EXPECT}")
  message(FATAL_ERROR "${STREAM} does not match '${EXPECT}'\n${report}")
endif()
message(STATUS "ok: ${STREAM} matches '${EXPECT}', exit code ${exit_code}")
