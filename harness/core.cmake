# mrl_core: the harness modules that need neither MLIR nor PAPI (statistics, verification,
# SHA-256, result records), so that they build and test on their own. Included by
# harness/CMakeLists.txt; expects MLIRRL_C_WARNINGS, CSV_LIB, CSV_INCLUDE (optional) and the
# PkgConfig::JANSSON target from the top level.
if(NOT TARGET mrl_core)
  # Relative to this file rather than CMAKE_SOURCE_DIR, so a superproject can include it too.
  get_filename_component(_mrl_root ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
  if(NOT TARGET mrl_status) # toolkit/CMakeLists.txt defines it in the full build
    add_library(mrl_status STATIC ${_mrl_root}/toolkit/status.c)
    target_include_directories(mrl_status PUBLIC ${_mrl_root}/toolkit)
  endif()
  add_library(mrl_core STATIC
    ${CMAKE_CURRENT_LIST_DIR}/stats.c
    ${CMAKE_CURRENT_LIST_DIR}/verify.c
    ${CMAKE_CURRENT_LIST_DIR}/sha256.c
    ${CMAKE_CURRENT_LIST_DIR}/cache.c
    ${CMAKE_CURRENT_LIST_DIR}/magnitude.c
    ${CMAKE_CURRENT_LIST_DIR}/record.c
    ${CMAKE_CURRENT_LIST_DIR}/record_json.c
    ${CMAKE_CURRENT_LIST_DIR}/record_csv.c
    ${CMAKE_CURRENT_LIST_DIR}/eval_method.c
    ${CMAKE_CURRENT_LIST_DIR}/eval_record.c)
  target_include_directories(mrl_core PUBLIC ${CMAKE_CURRENT_LIST_DIR} ${_mrl_root}/toolkit)
  if(CSV_INCLUDE)
    target_include_directories(mrl_core PUBLIC ${CSV_INCLUDE})
  endif()
  target_link_libraries(mrl_core PUBLIC mrl_status PkgConfig::JANSSON ${CSV_LIB} m)
  target_compile_options(mrl_core PRIVATE ${MLIRRL_C_WARNINGS})
endif()
