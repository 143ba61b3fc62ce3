# The data dictionary of ihe_dicom is generated from DCMTK's dicom.dic, the same fact table DCMTK itself loads
# at run time (osconfig.h, DCM_DICT_DEFAULT_PATH), so our keywords and VRs never drift from DCMTK's.
set(IHE_DICOM_DIC "" CACHE FILEPATH "DCMTK's text data dictionary dicom.dic (package libdcmtk17)")
if(NOT IHE_DICOM_DIC)
  set(_candidates "")
  foreach(_dir IN LISTS DCMTK_INCLUDE_DIRS)
    if(EXISTS "${_dir}/dcmtk/config/osconfig.h")
      file(STRINGS "${_dir}/dcmtk/config/osconfig.h" _line REGEX "#define DCM_DICT_DEFAULT_PATH ")
      string(REGEX REPLACE ".*DCM_DICT_DEFAULT_PATH \"([^\"]*)\".*" "\\1" _paths "${_line}")
      string(REPLACE ":" ";" _paths "${_paths}")
      list(APPEND _candidates ${_paths})
    endif()
  endforeach()
  file(GLOB _globbed /usr/share/libdcmtk*/dicom.dic /usr/local/share/dcmtk*/dicom.dic /usr/share/dcmtk*/dicom.dic)
  list(APPEND _candidates ${_globbed})
  foreach(_path IN LISTS _candidates)
    if(_path MATCHES "/dicom\\.dic$" AND EXISTS "${_path}")
      set(IHE_DICOM_DIC "${_path}" CACHE FILEPATH "DCMTK's text data dictionary dicom.dic (package libdcmtk17)" FORCE)
      break()
    endif()
  endforeach()
endif()
if(NOT IHE_DICOM_DIC)
  message(FATAL_ERROR "ihe_dicom: DCMTK's data dictionary dicom.dic was not found (looked at DCM_DICT_DEFAULT_PATH "
                      "in dcmtk/config/osconfig.h and /usr/share/libdcmtk*/). Install it with "
                      "`apt-get install libdcmtk17` or pass -DIHE_DICOM_DIC=/path/to/dicom.dic")
elseif(NOT EXISTS "${IHE_DICOM_DIC}")
  message(FATAL_ERROR "ihe_dicom: IHE_DICOM_DIC=${IHE_DICOM_DIC} does not exist. Install DCMTK's data dictionary "
                      "with `apt-get install libdcmtk17`, or clear IHE_DICOM_DIC to let CMake look for it")
endif()
message(STATUS "ihe_dicom: data dictionary from ${IHE_DICOM_DIC}")

add_executable(ihe_dicom_dictgen ${CMAKE_CURRENT_LIST_DIR}/dictgen.cpp)
target_link_libraries(ihe_dicom_dictgen PRIVATE ihe_warnings)
set(_out "${CMAKE_CURRENT_BINARY_DIR}/dictionary_data.cpp")
add_custom_command(OUTPUT "${_out}"
  COMMAND ihe_dicom_dictgen "${IHE_DICOM_DIC}" "${_out}"
  DEPENDS ihe_dicom_dictgen "${IHE_DICOM_DIC}"
  COMMENT "Generating the DICOM data dictionary from ${IHE_DICOM_DIC}"
  VERBATIM)
set(IHE_DICOM_DICTIONARY_CPP "${_out}")
