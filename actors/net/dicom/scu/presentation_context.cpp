#include "actors/net/dicom/scu/presentation_context.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <algorithm>
#include <map>

namespace ihe::net {
namespace {

PresentationContext uncompressed(const char* sop_class_uid, ScuScpRole role = ScuScpRole::Default) {
  return {sop_class_uid, contexts::uncompressed_transfer_syntaxes(), role};
}

std::string meta_string(DcmMetaInfo& meta, const DcmTagKey& tag) {
  OFString value;
  if (meta.findAndGetOFString(tag, value).bad()) return {};
  return value.c_str();
}

}  // namespace

std::optional<SopInfo> read_sop_info(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  DcmFileFormat format;
  if (format.loadFile(file.c_str(), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_metaOnly).bad())
    return std::nullopt;
  DcmMetaInfo& meta = *format.getMetaInfo();
  SopInfo info{meta_string(meta, DCM_MediaStorageSOPClassUID), meta_string(meta, DCM_MediaStorageSOPInstanceUID),
               meta_string(meta, DCM_TransferSyntaxUID)};
  if (info.sop_class_uid.empty() || info.sop_instance_uid.empty() || info.transfer_syntax_uid.empty())
    return std::nullopt;
  return info;
}

namespace contexts {

std::vector<std::string> uncompressed_transfer_syntaxes() {
  return {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax};
}

PresentationContext verification() { return uncompressed(UID_VerificationSOPClass); }

PresentationContext storage(const std::string& sop_class_uid) { return {sop_class_uid, uncompressed_transfer_syntaxes()}; }

std::vector<PresentationContext> storage_for_files(const std::vector<std::filesystem::path>& files) {
  std::map<std::string, std::vector<std::string>> syntaxes_by_class;
  for (const auto& file : files) {
    const auto info = read_sop_info(file);
    if (!info) continue;
    auto& syntaxes = syntaxes_by_class[info->sop_class_uid];
    if (std::find(syntaxes.begin(), syntaxes.end(), info->transfer_syntax_uid) == syntaxes.end())
      syntaxes.push_back(info->transfer_syntax_uid);
  }
  std::vector<PresentationContext> result;
  for (auto& [sop_class_uid, syntaxes] : syntaxes_by_class) {
    for (const auto& fallback : uncompressed_transfer_syntaxes())
      if (std::find(syntaxes.begin(), syntaxes.end(), fallback) == syntaxes.end()) syntaxes.push_back(fallback);
    result.push_back({sop_class_uid, std::move(syntaxes)});
  }
  return result;
}

PresentationContext modality_worklist_find() { return uncompressed(UID_FINDModalityWorklistInformationModel); }
PresentationContext study_root_find() { return uncompressed(UID_FINDStudyRootQueryRetrieveInformationModel); }
PresentationContext study_root_move() { return uncompressed(UID_MOVEStudyRootQueryRetrieveInformationModel); }
PresentationContext patient_root_find() { return uncompressed(UID_FINDPatientRootQueryRetrieveInformationModel); }
PresentationContext patient_root_move() { return uncompressed(UID_MOVEPatientRootQueryRetrieveInformationModel); }
PresentationContext mpps() { return uncompressed(UID_ModalityPerformedProcedureStepSOPClass); }
PresentationContext storage_commitment(ScuScpRole role) {
  return uncompressed(UID_StorageCommitmentPushModelSOPClass, role);
}

}  // namespace contexts
}  // namespace ihe::net
