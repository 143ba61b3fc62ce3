#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "actors/dicom/dicom_dataset.h"
#include "actors/net/dicom/dicom_error.h"
#include "actors/net/dicom/scu/dimse_status.h"
#include "actors/net/dicom/scu/presentation_context.h"

namespace ihe::net {

// Every exchange of an association has a deadline that bounds it as a whole, however the peer spreads its
// bytes (a drip within each read's timeout still ends at the deadline, with DicomError::timeout).
struct AssociationTimeouts {
  std::chrono::seconds connect{5};  // TCP connect; connect + acse bound the whole A-ASSOCIATE exchange
  std::chrono::seconds acse{5};     // the A-RELEASE exchange (and each ACSE read)
  std::chrono::seconds dimse{10};   // each DIMSE request with its response (C-FIND/C-MOVE: each response)
};

struct AssociationParams {
  std::string calling_ae{};
  std::string called_ae{};
  std::string host{};
  std::uint16_t port = 0;
  std::vector<PresentationContext> contexts{};
  AssociationTimeouts timeouts{};
  std::uint32_t max_pdu = 65536;  // Maximum Length we accept (PS3.8 D.1)
};

// How a call ended at the transport level. error is empty when the peer answered (whatever it answered);
// detail is a human line with DCMTK's condition text when it did not.
struct DicomOutcome {
  std::error_code error;
  std::string detail;
  bool ok() const { return !error; }
};

// The A-ASSOCIATE-RJ parameters (PS3.8 9.3.4): result 1 permanent / 2 transient; source 1 service user,
// 2 service provider (ACSE), 3 service provider (presentation); reason as coded for that source.
struct AssociateReject {
  std::uint8_t result = 0;
  std::uint8_t source = 0;
  std::uint8_t reason = 0;
  std::string to_string() const;  // "rejected permanent by service user: called AE title not recognized"
};

// A DIMSE response: status is valid only when ok().
struct DimseResult : DicomOutcome {
  std::uint16_t status = 0;
  StatusKind kind() const { return classify_status(status); }
  std::string status_text() const { return describe_status(status); }
};

// C-FIND: the identifier of every pending response (0xFF00 and 0xFF01), then the final status.
struct FindResult : DimseResult {
  std::vector<dicom::DicomDataset> matches{};
  bool cancel_sent = false;  // the limit was reached and C-CANCEL went out (PS3.7 9.3.2.3)
};

// One C-MOVE response's sub-operation counts (PS3.7 9.3.4.2); absent counts are 0.
struct MoveProgress {
  std::uint16_t status = 0;
  std::uint16_t remaining = 0;
  std::uint16_t completed = 0;
  std::uint16_t failed = 0;
  std::uint16_t warning = 0;
};

// C-MOVE: every response in arrival order; status is the final one.
struct MoveResult : DimseResult {
  std::vector<MoveProgress> responses{};
};

// N-CREATE / N-SET / N-ACTION: the response status, the Affected SOP Instance UID the peer reported (for
// N-CREATE when we left it to the peer, PS3.7 10.1.5.1.3) and the data set of the response, if any.
struct NResult : DimseResult {
  std::string affected_sop_instance_uid{};
  std::optional<dicom::DicomDataset> dataset{};
};

// An N-EVENT-REPORT-RQ received on our association (PS3.7 10.1.1), already answered with success.
struct ReceivedEventReport : DicomOutcome {
  std::string sop_class_uid{};
  std::string sop_instance_uid{};
  std::uint16_t event_type = 0;
  dicom::DicomDataset event_information{};
};

class ScuEngine;

// One association we request as SCU, on the caller's thread (blocking, every wait bounded, writes included).
// A misbehaving peer shows up as a DicomError in the result, never as an exception. After a transport error
// (timeout, abort, protocol error, release by the peer, failed send) the association is aborted and later
// calls fail fast with association_aborted; no_presentation_context and unreadable_file leave it open, and so
// does a wait_event_report that times out (nothing was outstanding).
class DicomAssociation {
 public:
  explicit DicomAssociation(AssociationParams params);
  // Releases the association if still open (A-RELEASE, bounded by the ACSE timeout).
  ~DicomAssociation();
  DicomAssociation(DicomAssociation&&) noexcept;
  DicomAssociation& operator=(DicomAssociation&&) noexcept;

  // Connects and negotiates. An A-ASSOCIATE-RJ gives association_rejected and fills rejection(); an
  // association with no accepted context gives no_presentation_context (and is released).
  DicomOutcome open();
  bool is_open() const;
  const std::optional<AssociateReject>& rejection() const { return rejection_; }
  // True when the peer accepted a context for this abstract syntax.
  bool accepted(std::string_view abstract_syntax) const;
  DicomOutcome release();
  void abort();

  DimseResult echo();
  // Sends the file as DCMTK reads it: elements above 4 KB (pixel data) stay on disk until they are written
  // to the wire, one file at a time, and no DicomDataset copy is made. Converts to the accepted transfer
  // syntax when the peer did not accept the file's own (uncompressed syntaxes only).
  DimseResult store_file(const std::filesystem::path& file);
  // The instance's (0008,0016) SOP Class UID and (0008,0018) SOP Instance UID address the C-STORE; an
  // instance without them is a harness bug (HarnessError).
  DimseResult store(const dicom::DicomDataset& instance);
  // limit: after that many pending responses, C-CANCEL is sent and the rest of the responses drained.
  FindResult find(std::string_view sop_class_uid, const dicom::DicomDataset& identifier,
                  std::optional<std::size_t> limit = std::nullopt);
  MoveResult move(std::string_view sop_class_uid, std::string_view destination_ae,
                  const dicom::DicomDataset& identifier);
  // sop_instance_uid may be empty: the peer then assigns one (N-CREATE only).
  NResult n_create(std::string_view sop_class_uid, std::string_view sop_instance_uid,
                   const dicom::DicomDataset& attributes);
  NResult n_set(std::string_view sop_class_uid, std::string_view sop_instance_uid,
                const dicom::DicomDataset& modifications);
  NResult n_action(std::string_view sop_class_uid, std::string_view sop_instance_uid,
                   std::uint16_t action_type, const dicom::DicomDataset& action_information);
  // Waits up to `deadline` for an N-EVENT-REPORT-RQ on this association and answers it with 0x0000.
  ReceivedEventReport wait_event_report(std::chrono::seconds deadline);

 private:
  std::string peer() const;  // "CALLED@host:port", the prefix of every detail line
  DicomOutcome not_open() const;
  DicomOutcome no_context(std::string_view sop_class_uid) const;
  // Drops the association after an outcome that leaves it unusable (timeout, abort, protocol error).
  void settle(const DicomOutcome& outcome);

  AssociationParams params_;
  std::unique_ptr<ScuEngine> engine_;
  std::optional<AssociateReject> rejection_;
};

}  // namespace ihe::net
