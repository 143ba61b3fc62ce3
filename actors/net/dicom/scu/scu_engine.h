#pragma once

// Private to actors/net/dicom/scu: the DCMTK side of DicomAssociation.
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "actors/net/dicom/scu/dicom_association.h"
#include "actors/net/dicom/transport/low_latency_transport.h"

namespace ihe::net {

// The clock of the exchange in progress on one association (the A-ASSOCIATE request, one DIMSE request and
// its response, the A-RELEASE): DCMTK's ACSE and DIMSE timeouts bound each read, so a peer that drips a
// byte just within every read's timeout could hold an exchange forever. Every read and write of the
// connection waits at most until `end`.
struct ExchangeClock {
  using Clock = std::chrono::steady_clock;
  Clock::time_point end = Clock::time_point::max();
  std::chrono::seconds budget{0};  // what `end` was armed with, for the outcome's text
  enum class Expiry { none, send, exchange };
  Expiry expired = Expiry::none;  // why the last wait that ran out ran out

  void arm(std::chrono::seconds seconds);
  // How long one wait may last in milliseconds: `cap`, cut at `end`; 0 once `end` has passed.
  int wait_ms(std::chrono::milliseconds cap) const;
  bool passed() const { return Clock::now() >= end; }
};

// The SCU's transport. DcmSCU keeps the A-ASSOCIATE-RJ parameters in a private member, so it keeps the first
// bytes the peer sends instead: on an association we request, that is the A-ASSOCIATE-AC, -RJ or A-ABORT
// PDU (PS3.8 9.3.4: type 0x03, reserved, length (4 bytes), reserved, result, source, reason). DCMTK's DIMSE
// timeout covers reads only; a peer that stops reading would block our writes forever, so every write gets
// the same deadline, and every wait also ends with the exchange (ExchangeClock).
class RecordingTransportLayer : public LowLatencyTransportLayer {
 public:
  explicit RecordingTransportLayer(std::chrono::seconds send_timeout) : send_timeout_(send_timeout) {}
  DcmTransportConnection* createConnection(DcmNativeSocketType socket, OFBool use_secure_layer) override;
  const std::vector<std::uint8_t>& first_bytes() const { return first_bytes_; }
  ExchangeClock& clock() { return clock_; }
  const ExchangeClock& clock() const { return clock_; }

 private:
  std::chrono::seconds send_timeout_;
  std::vector<std::uint8_t> first_bytes_;
  ExchangeClock clock_;
};

// What the C-FIND hook collects; the identifiers stay DCMTK data sets until DicomAssociation converts them.
struct FindCollection {
  std::optional<std::size_t> limit;
  std::vector<std::unique_ptr<DcmDataset>> matches{};
  Uint16 status = 0;
  bool cancel_sent = false;
};

// DcmSCU with its protected DIMSE primitives put to use and the C-MOVE/N-EVENT-REPORT hooks collecting
// into the result the current call fills.
class ScuEngine : public DcmSCU {
 public:
  explicit ScuEngine(const AssociationParams& params);
  ~ScuEngine() override;

  // initNetwork, the low-latency transport, negotiateAssociation, within the connect and ACSE timeouts.
  OFCondition connect();
  // A-RELEASE within the ACSE timeout.
  OFCondition release();
  // DcmSCU's C-STORE (request and response) within the DIMSE timeout.
  OFCondition store(T_ASC_PresentationContextID pcid, const OFFilename& file, DcmDataset* dataset,
                    Uint16& status);
  std::optional<AssociateReject> rejection() const;
  // The outcome of a DCMTK call on this association; a wait that ran out of its deadline (a send's or the
  // exchange's) is a timeout.
  DicomOutcome outcome(const OFCondition& condition, std::string_view context) const;

  // DcmSCU's own message id counter is private. Ours counts from the top half of the 16-bit range so the
  // ids of our N-requests never repeat one DcmSCU gave its own requests on the same association
  // (PS3.7 9.3.1.1: a Message ID is unique among the requests in progress).
  Uint16 next_message_id() { return message_id_++; }

  // Sends `request` (and `data`, may be null), then receives the response, checks its command field
  // and reads its data set when one is announced, all within the DIMSE timeout.
  OFCondition exchange(T_ASC_PresentationContextID pcid, T_DIMSE_Message& request, DcmDataset* data,
                       T_DIMSE_Message& response, DcmDataset*& response_data);

  // Our own C-FIND loop (PS3.7 9.1.2): DcmSCU's reads a response's data set only when the status is
  // pending, and its C-CANCEL names DcmSCU's last message id, not ours. The request and each response get
  // the DIMSE timeout (as does each C-MOVE response).
  OFCondition run_find(T_ASC_PresentationContextID pcid, const char* sop_class_uid, DcmDataset& identifier,
                       FindCollection& collection);
  OFCondition run_move(T_ASC_PresentationContextID pcid, const OFString& destination, DcmDataset& identifier,
                       MoveResult& result);
  // Fills the report's UIDs and event type; the event information comes back in `information`.
  OFCondition run_event_report(int timeout_seconds, ReceivedEventReport& report,
                               std::unique_ptr<DcmDataset>& information);

  using DcmSCU::findAnyPresentationContextID;

 protected:
  OFCondition handleMOVEResponse(T_ASC_PresentationContextID pcid, RetrieveResponse* response,
                                 OFBool& wait_for_next) override;
  Uint16 checkEVENTREPORTRequest(T_DIMSE_N_EventReportRQ& request, DcmDataset* dataset) override;

 private:
  RecordingTransportLayer transport_;
  AssociationTimeouts timeouts_;
  Uint16 message_id_ = 0x8000;
  MoveResult* move_ = nullptr;
  ReceivedEventReport* report_ = nullptr;
};

}  // namespace ihe::net

namespace ihe::net {

// The outcome of a DCMTK call: empty on success; otherwise its DicomError and "context: DCMTK's text".
DicomOutcome outcome_of(const OFCondition& condition, std::string_view context);

}  // namespace ihe::net
