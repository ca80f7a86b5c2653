# Runs `mlirrl observe BENCH [ARGS]` and compares its output with a golden file, byte for
# byte; MLIRRL_UPDATE_GOLDEN=1 in the environment rewrites the golden file instead.
# Where the IR differs between LLVM releases, NAME.llvmNN.txt beside NAME.txt is used instead.
# -DMLIRRL=... -DBENCH=... -DGOLDEN=... -DLLVM_MAJOR=NN [-DARGS=a;b]
string(REGEX REPLACE "\\.txt$" ".llvm${LLVM_MAJOR}.txt" _versioned "${GOLDEN}")
if(EXISTS ${_versioned})
  set(GOLDEN ${_versioned})
endif()
execute_process(COMMAND ${MLIRRL} observe ${BENCH} ${ARGS} OUTPUT_VARIABLE out ERROR_VARIABLE err
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mlirrl observe ${BENCH} failed (${rc}): ${err}")
endif()
if(DEFINED ENV{MLIRRL_UPDATE_GOLDEN})
  file(WRITE ${GOLDEN} "${out}")
  message(STATUS "rewrote ${GOLDEN}")
  return()
endif()
file(READ ${GOLDEN} want)
if(NOT out STREQUAL want)
  get_filename_component(name ${GOLDEN} NAME)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${name}.actual "${out}")
  message(FATAL_ERROR "observe output differs from ${GOLDEN}; actual output in "
                      "${CMAKE_CURRENT_BINARY_DIR}/${name}.actual")
endif()
