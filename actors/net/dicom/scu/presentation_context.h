#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ihe::net {

// SCP/SCU Role Selection (PS3.7 D.3.3.4): which roles we propose for an abstract syntax. Default proposes
// nothing (the association requester is SCU); Scp and Both matter for Storage Commitment, where the
// N-EVENT-REPORT travels from the acceptor to us on the same association (PS3.4 J.3.3).
enum class ScuScpRole { Default, Scu, Scp, Both };

// One presentation context we propose: an abstract syntax (SOP class UID) and the transfer syntaxes we can
// use with it, most preferred first (PS3.8 7.1.1.13).
struct PresentationContext {
  std::string abstract_syntax;
  std::vector<std::string> transfer_syntaxes;
  ScuScpRole role = ScuScpRole::Default;
};

// The SOP class, instance and transfer syntax of a DICOM file, read from its meta header (PS3.10 7.1)
// without loading the data set; nullopt when the file is missing or not a DICOM Part 10 file.
struct SopInfo {
  std::string sop_class_uid;
  std::string sop_instance_uid;
  std::string transfer_syntax_uid;
};
std::optional<SopInfo> read_sop_info(const std::filesystem::path& file);

namespace contexts {

// Explicit VR Little Endian, then Implicit VR Little Endian (the default every SCP supports, PS3.5 10.1).
std::vector<std::string> uncompressed_transfer_syntaxes();

PresentationContext verification();
PresentationContext storage(const std::string& sop_class_uid);
// One context per SOP class among the files, offering each file's own transfer syntax first so the files go
// out unconverted. Unreadable files are skipped: storing them reports unreadable_file.
std::vector<PresentationContext> storage_for_files(const std::vector<std::filesystem::path>& files);
PresentationContext modality_worklist_find();
PresentationContext study_root_find();
PresentationContext study_root_move();
PresentationContext patient_root_find();
PresentationContext patient_root_move();
PresentationContext mpps();
PresentationContext storage_commitment(ScuScpRole role = ScuScpRole::Default);

}  // namespace contexts

// SOP class UIDs the calls below take (PS3.4 Annex B, C, F, J, K).
namespace sop_class {
inline constexpr const char* kVerification = "1.2.840.10008.1.1";
inline constexpr const char* kModalityWorklistFind = "1.2.840.10008.5.1.4.31";
inline constexpr const char* kStudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
inline constexpr const char* kStudyRootMove = "1.2.840.10008.5.1.4.1.2.2.2";
inline constexpr const char* kPatientRootFind = "1.2.840.10008.5.1.4.1.2.1.1";
inline constexpr const char* kPatientRootMove = "1.2.840.10008.5.1.4.1.2.1.2";
inline constexpr const char* kMpps = "1.2.840.10008.3.1.2.3.3";
inline constexpr const char* kStorageCommitmentPushModel = "1.2.840.10008.1.20.1";
// The well-known SOP instance of Storage Commitment Push Model (PS3.4 J.3.5).
inline constexpr const char* kStorageCommitmentPushModelInstance = "1.2.840.10008.1.20.1.1";
}  // namespace sop_class

}  // namespace ihe::net
