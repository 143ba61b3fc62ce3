#include "actors/net/dicom/conversion/dicom_file.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <array>
#include <fstream>
#include <string>

#include "actors/net/dicom/conversion/dataset_conversion.h"
#include "actors/net/dicom/conversion/dcmtk_logging.h"

namespace ihe::net {
namespace {

constexpr dicom::Tag kSopClassUid{0x0008, 0x0016};
constexpr dicom::Tag kSopInstanceUid{0x0008, 0x0018};

class DicomFileCategory : public std::error_category {
 public:
  const char* name() const noexcept override { return "ihe.dicom_file"; }
  std::string message(int value) const override {
    switch (static_cast<DicomFileError>(value)) {
      case DicomFileError::NotFound:
        return "no such file";
      case DicomFileError::Empty:
        return "the file is empty";
      case DicomFileError::NotDicom:
        return "not a DICOM Part-10 file (no DICM prefix after the preamble)";
      case DicomFileError::Unreadable:
        return "the DICOM file cannot be read or parsed";
      case DicomFileError::Unwritable:
        return "the DICOM file cannot be written";
      case DicomFileError::MissingSopUids:
        return "SOP Class UID or SOP Instance UID missing for the meta header";
    }
    return "unknown DICOM file error";
  }
};

// PS3.10 7.1: a 128-byte preamble, then the four bytes "DICM".
std::error_code check_prefix(const std::filesystem::path& path) {
  std::error_code status_error;
  auto status = std::filesystem::status(path, status_error);
  if (!std::filesystem::exists(status)) return DicomFileError::NotFound;
  if (!std::filesystem::is_regular_file(status)) return DicomFileError::Unreadable;
  if (std::filesystem::file_size(path, status_error) == 0 && !status_error) return DicomFileError::Empty;
  std::ifstream in(path, std::ios::binary);
  if (!in) return DicomFileError::Unreadable;
  std::array<char, 132> head{};
  in.read(head.data(), head.size());
  if (in.gcount() != static_cast<std::streamsize>(head.size()) ||
      std::string_view(head.data() + 128, 4) != "DICM")
    return DicomFileError::NotDicom;
  return {};
}

}  // namespace

const std::error_category& dicom_file_category() {
  static const DicomFileCategory category;
  return category;
}

std::error_code make_error_code(DicomFileError error) {
  return {static_cast<int>(error), dicom_file_category()};
}

DicomFileRead read_dicom_file(const std::filesystem::path& path) {
  quiet_dcmtk_data_logger();
  DicomFileRead result;
  if ((result.error = check_prefix(path))) return result;
  DcmFileFormat file;
  if (file.loadFile(OFFilename(path.c_str()), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_fileOnly)
          .bad()) {
    result.error = DicomFileError::Unreadable;
    return result;
  }
  result.meta = from_dcmtk(*file.getMetaInfo());
  result.dataset = from_dcmtk(*file.getDataset());
  return result;
}

std::error_code write_dicom_file(const std::filesystem::path& path, const dicom::DicomDataset& dataset) {
  quiet_dcmtk_data_logger();
  auto sop_class = dataset.string(kSopClassUid);
  auto sop_instance = dataset.string(kSopInstanceUid);
  if (!sop_class || sop_class->empty() || !sop_instance || sop_instance->empty())
    return DicomFileError::MissingSopUids;
  auto body = dataset;
  for (const auto& [tag, element] : dataset.elements())
    if (tag.group == 0x0002) body.erase(tag);
  DcmFileFormat file(to_dcmtk(body).release(), OFFalse);
  // EWM_createNewMeta: DCMTK builds the meta header from the data set's SOP UIDs and the transfer syntax.
  auto condition = file.saveFile(OFFilename(path.c_str()), EXS_LittleEndianExplicit, EET_ExplicitLength,
                                 EGL_withoutGL, EPD_noChange, 0, 0, EWM_createNewMeta);
  if (condition.bad()) return DicomFileError::Unwritable;
  return {};
}

}  // namespace ihe::net
