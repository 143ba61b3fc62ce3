#pragma once

#include <filesystem>
#include <system_error>

#include "actors/dicom/dicom_dataset.h"

// DICOM Part-10 files (PS3.10 7) read into and written from DicomDataset. A file that is not what it should
// be is an outcome (std::error_code), not an exception: files come from peers and operators.
namespace ihe::net {

enum class DicomFileError {
  NotFound = 1,    // no such file
  Empty,           // zero bytes
  NotDicom,        // no "DICM" prefix after the 128-byte preamble (PS3.10 7.1)
  Unreadable,      // cannot be opened, or DCMTK cannot parse its meta header or data set
  Unwritable,      // the file cannot be created or written
  MissingSopUids,  // SOP Class / Instance UID absent: the meta header needs them (PS3.10 7.1)
};
const std::error_category& dicom_file_category();
std::error_code make_error_code(DicomFileError error);

struct DicomFileRead {
  std::error_code error;        // a DicomFileError; meta and dataset are empty when set
  dicom::DicomDataset meta;     // the File Meta Information, group 0002
  dicom::DicomDataset dataset;  // everything after it
  explicit operator bool() const { return !error; }
};

DicomFileRead read_dicom_file(const std::filesystem::path& path);

// Explicit VR Little Endian with a meta header generated from SOP Class UID (0008,0016) and SOP Instance UID
// (0008,0018); any group 0002 elements in `dataset` are ignored.
std::error_code write_dicom_file(const std::filesystem::path& path, const dicom::DicomDataset& dataset);

}  // namespace ihe::net

template <>
struct std::is_error_code_enum<ihe::net::DicomFileError> : std::true_type {};
