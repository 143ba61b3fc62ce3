#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::net {

// The DIMSE services our SCP dispatches on (PS3.7 9 and 10), named as in the standard.
enum class DimseCommand { CEcho, CStore, CFind, CMove, NCreate, NSet, NAction, NEventReport };
std::string_view to_string(DimseCommand command);

// DIMSE status values we answer with (PS3.7 Annex C, PS3.4 C.4.2.1.5 and GG.4-1). Other values pass through
// as plain numbers: a handler may return any status the standard allows for its service.
namespace dimse_status {
inline constexpr std::uint16_t success = 0x0000;
inline constexpr std::uint16_t pending = 0xFF00;
inline constexpr std::uint16_t cancel = 0xFE00;
inline constexpr std::uint16_t processing_failure = 0x0110;  // PS3.7 C.4.1: handler threw
inline constexpr std::uint16_t sop_class_not_supported = 0x0122;
inline constexpr std::uint16_t unrecognized_operation = 0x0211;
inline constexpr std::uint16_t move_destination_unknown = 0xA801;  // PS3.4 C.4.2.1.5
inline constexpr std::uint16_t sub_operations_failed = 0xA702;     // PS3.4 C.4.2.1.5: out of resources
inline constexpr std::uint16_t sub_operations_warning =
    0xB000;  // PS3.4 C.4.2.1.5: some sub-operations failed
inline constexpr bool is_pending(std::uint16_t s) {
  return s == 0xFF00 || s == 0xFF01;
}
}  // namespace dimse_status

// Where a peer AE listens: used for C-MOVE destinations and storage commitment reports on a new association.
struct RemoteAe {
  std::string ae_title;
  std::string host;
  std::uint16_t port = 0;
};

// Who is on the other end of an association, as negotiated (PS3.8 9.3.2).
struct AssociationInfo {
  std::string calling_ae;
  std::string called_ae;
  std::string peer_address;
  // The SOP classes for which the requestor proposed the SCP role (alone or with SCU) by SCP/SCU Role
  // Selection; without that item a requestor is SCU (PS3.7 D.3.3.4), so it may not invoke what an SCP does,
  // e.g. a storage commitment report on an association it opened (PS3.4 J.3.3.1.3 note).
  std::set<std::string> scp_role_proposed;
};

// C-STORE (PS3.4 B.2): the data set, or when the handler was registered with StoreDelivery::File, the path
// DCMTK streamed it to (dataset then stays empty: large images never sit in memory twice).
struct StoreRequest {
  AssociationInfo association;
  std::string sop_class_uid;
  std::string sop_instance_uid;
  dicom::DicomDataset dataset;
  std::filesystem::path file;
};

// C-FIND (PS3.4 C.4.1): every match becomes one pending response (0xFF00); `status` is the final one.
struct FindRequest {
  AssociationInfo association;
  std::string sop_class_uid;
  dicom::DicomDataset identifier;
};
struct FindResponse {
  std::vector<dicom::DicomDataset> matches;
  std::uint16_t status = dimse_status::success;
};

// C-MOVE (PS3.4 C.4.2): the handler picks what to send; the server resolves destination_ae through
// ServerConfig::remote_aes (unknown: 0xA801) and performs the C-STORE sub-operations itself.
struct MoveRequest {
  AssociationInfo association;
  std::string sop_class_uid;
  dicom::DicomDataset identifier;
  std::string destination_ae;
};
struct MoveResponse {
  std::vector<std::filesystem::path> files;    // DICOM files (Part 10) to send
  std::optional<std::uint16_t> refuse_status;  // set: answer with this status, send nothing
};

// N-EVENT-REPORT to send (PS3.7 10.1.1), e.g. a storage commitment result (PS3.4 J.3.3, event type 1 or 2).
struct EventReport {
  std::string sop_class_uid;
  std::string sop_instance_uid;
  std::uint16_t event_type = 0;
  dicom::DicomDataset dataset;
};

// N-CREATE, N-SET, N-ACTION and a received N-EVENT-REPORT (PS3.7 10.1). type_id is the Action Type ID of
// N-ACTION or the Event Type ID of N-EVENT-REPORT, 0 otherwise.
struct NRequest {
  AssociationInfo association;
  DimseCommand command = DimseCommand::NAction;
  std::string sop_class_uid;
  std::string sop_instance_uid;
  std::uint16_t type_id = 0;
  dicom::DicomDataset dataset;
};
struct NResponse {
  std::uint16_t status = dimse_status::success;
  std::optional<dicom::DicomDataset> dataset;
  // N-CREATE only: the instance UID the SCP assigned when the request carried none (PS3.7 10.1.5).
  std::string sop_instance_uid;
  // N-ACTION only: sent on the same association right after the response (storage commitment "same
  // association" mode, PS3.4 J.3.3.1.1).
  std::optional<EventReport> report_after;
  // With report_after: send it on a new association to this AE instead, proposing the SCP role
  // (PS3.4 J.3.3.1.2), the way Orthanc and most archives do.
  std::optional<RemoteAe> report_destination;
};

}  // namespace ihe::net
