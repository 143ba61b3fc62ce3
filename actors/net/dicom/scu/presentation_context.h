#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "actors/net/dicom/sop_classes.h"

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

}  // namespace ihe::net
