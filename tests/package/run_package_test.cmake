# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=... -DWORK_DIR=... -DCONSUMER_DIR=... -DGENERATOR=... -DCXX_COMPILER=... [-DCONFIG=...]
#       [-DSANITIZE=ON] -P run_package_test.cmake
# Everything this writes is under WORK_DIR, which is wiped first so that a rerun never sees an old install.
foreach(variable BUILD_DIR WORK_DIR CONSUMER_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${variable} OR "${${variable}}" STREQUAL "")
    message(FATAL_ERROR "run_package_test.cmake: ${variable} is not set")
  endif()
endforeach()
set(prefix "${WORK_DIR}/prefix")
set(consumer_build "${WORK_DIR}/consumer-build")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${step} failed (${rc}):\n${ARGN}\n${out}\n${err}")
  endif()
  message(STATUS "${step}: ok")
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

set(config_args "")
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
run("install" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" ${config_args})

# A sanitised libtm needs a sanitised executable (the ASan runtime must be loaded first).
set(flags "")
if(SANITIZE)
  set(flags "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined" "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined")
endif()
set(build_type RelWithDebInfo)
if(CONFIG)
  set(build_type "${CONFIG}")
endif()
# The package registry is off so that only the fresh install can satisfy find_package(Terjime).
run("configure consumer" "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${consumer_build}" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_BUILD_TYPE=${build_type}" "-DCMAKE_PREFIX_PATH=${prefix}"
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF ${flags})
file(STRINGS "${consumer_build}/CMakeCache.txt" terjime_dir REGEX "^Terjime_DIR:")
string(FIND "${terjime_dir}" "${prefix}/" at)
if(NOT at GREATER -1)
  message(FATAL_ERROR "find_package(Terjime) did not use the test install: ${terjime_dir}")
endif()
run("build consumer" "${CMAKE_COMMAND}" --build "${consumer_build}")
run("run consumer" "${consumer_build}/terjime_consumer")
message(STATUS "consumer says: ${last_output}")
