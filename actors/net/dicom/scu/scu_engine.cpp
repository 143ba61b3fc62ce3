#include "actors/net/dicom/scu/scu_engine.h"

#include <poll.h>
#include <sys/socket.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <limits>

namespace ihe::net {
namespace {

// Keeps the first bytes read on the connection (the peer's answer to our A-ASSOCIATE-RQ), bounds every
// write (DCMTK writes a PDU with one blocking write(), so a peer that stops reading would stall it forever)
// and ends every wait at the end of the exchange in progress.
class RecordingConnection : public LowLatencyTcpConnection {
 public:
  RecordingConnection(DcmNativeSocketType socket, std::vector<std::uint8_t>& record,
                      std::chrono::seconds send_timeout, ExchangeClock& clock)
      : LowLatencyTcpConnection(socket), record_(record), send_timeout_(send_timeout), clock_(clock) {}

  // DCMTK's non-blocking reads ask this first, with the ACSE or DIMSE timeout of one read.
  OFBool networkDataAvailable(int timeout) override {
    return wait_for(POLLIN, std::chrono::seconds(std::max(timeout, 0)), ExchangeClock::Expiry::none);
  }

  // A blocking read (DCMTK's ACSE reads without a timeout) waits no longer than the exchange either.
  ssize_t read(void* buf, size_t nbyte) override {
    if (!wait_for(POLLIN, std::chrono::milliseconds::max(), ExchangeClock::Expiry::none)) {
      errno = ETIMEDOUT;
      return -1;
    }
    const ssize_t n = LowLatencyTcpConnection::read(buf, nbyte);
    if (n > 0 && record_.size() < kKept) {
      const auto* bytes = static_cast<const std::uint8_t*>(buf);
      record_.insert(record_.end(), bytes,
                     bytes + std::min<std::size_t>(static_cast<std::size_t>(n), kKept - record_.size()));
    }
    return n;
  }

  // All of it, or -1 when the peer took no data for a whole send timeout or the exchange ran out.
  ssize_t write(void* buf, size_t nbyte) override {
    const auto* bytes = static_cast<const char*>(buf);
    std::size_t done = 0;
    while (done < nbyte) {
      if (!wait_for(POLLOUT, send_timeout_, ExchangeClock::Expiry::send)) {
        errno = ETIMEDOUT;
        return -1;
      }
      const ssize_t n = ::send(getSocket(), bytes + done, nbyte - done, MSG_NOSIGNAL);
      if (n < 0 && errno != EINTR && errno != EAGAIN) return -1;
      if (n > 0) done += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(nbyte);
  }

 private:
  // False when `events` did not come within `cap` or before the exchange's end; the clock then says why
  // (`own`: a wait that ran out of `cap` alone).
  bool wait_for(short events, std::chrono::milliseconds cap, ExchangeClock::Expiry own) {
    pollfd fd{getSocket(), events, 0};
    int ready = 0;
    do {
      ready = poll(&fd, 1, clock_.wait_ms(cap));
    } while (ready < 0 && errno == EINTR);
    if (ready != 0) return true;  // ready, or an error the read or send itself then reports
    clock_.expired = clock_.passed() ? ExchangeClock::Expiry::exchange : own;
    return false;
  }

  static constexpr std::size_t kKept = 10;  // an A-ASSOCIATE-RJ PDU is exactly 10 bytes
  std::vector<std::uint8_t>& record_;
  std::chrono::seconds send_timeout_;
  ExchangeClock& clock_;
};

T_ASC_SC_ROLE to_dcmtk(ScuScpRole role) {
  switch (role) {
    case ScuScpRole::Default:
      return ASC_SC_ROLE_DEFAULT;
    case ScuScpRole::Scu:
      return ASC_SC_ROLE_SCU;
    case ScuScpRole::Scp:
      return ASC_SC_ROLE_SCP;
    case ScuScpRole::Both:
      return ASC_SC_ROLE_SCUSCP;
  }
  return ASC_SC_ROLE_DEFAULT;
}

}  // namespace

void ExchangeClock::arm(std::chrono::seconds seconds) {
  end = Clock::now() + seconds;
  budget = seconds;
  expired = Expiry::none;
}

int ExchangeClock::wait_ms(std::chrono::milliseconds cap) const {
  const auto left = std::chrono::ceil<std::chrono::milliseconds>(end - Clock::now());
  const auto wait = std::max(std::chrono::milliseconds(0), std::min(cap, left));
  return static_cast<int>(
      std::min<std::chrono::milliseconds::rep>(wait.count(), std::numeric_limits<int>::max()));
}

DcmTransportConnection* RecordingTransportLayer::createConnection(DcmNativeSocketType socket, OFBool) {
  first_bytes_.clear();
  clock_.expired = ExchangeClock::Expiry::none;
  return new RecordingConnection(socket, first_bytes_, send_timeout_, clock_);
}

ScuEngine::ScuEngine(const AssociationParams& params)
    : transport_(params.timeouts.dimse), timeouts_(params.timeouts) {
  setAETitle(params.calling_ae.c_str());
  setPeerAETitle(params.called_ae.c_str());
  setPeerHostName(params.host.c_str());
  setPeerPort(params.port);
  setMaxReceivePDULength(params.max_pdu);
  // DCMTK keeps the connect timeout in a process-wide global (dcmConnectionTimeout): associations opened
  // at the same moment on several threads share the last value set.
  setConnectionTimeout(static_cast<Sint32>(params.timeouts.connect.count()));
  setACSETimeout(static_cast<Uint32>(params.timeouts.acse.count()));
  // Non-blocking DIMSE mode is what makes the DIMSE timeout apply to every receive.
  setDIMSEBlockingMode(DIMSE_NONBLOCKING);
  setDIMSETimeout(static_cast<Uint32>(params.timeouts.dimse.count()));
  setDatasetConversionMode(OFTrue);
  for (const auto& context : params.contexts) {
    OFList<OFString> syntaxes;
    for (const auto& syntax : context.transfer_syntaxes) syntaxes.push_back(syntax.c_str());
    addPresentationContext(context.abstract_syntax.c_str(), syntaxes, to_dcmtk(context.role));
  }
}

ScuEngine::~ScuEngine() {
  // The transport layer is a member of this class, so the network that points to it goes first.
  if (isConnected()) abortAssociation();
  freeNetwork();
}

OFCondition ScuEngine::connect() {
  transport_.clock().arm(timeouts_.connect + timeouts_.acse);
  OFCondition condition = initNetwork();
  if (condition.good()) condition = useSecureConnection(&transport_);
  if (condition.good()) condition = negotiateAssociation();
  return condition;
}

OFCondition ScuEngine::release() {
  transport_.clock().arm(timeouts_.acse);
  return releaseAssociation();
}

OFCondition ScuEngine::store(T_ASC_PresentationContextID pcid, const OFFilename& file, DcmDataset* dataset,
                             Uint16& status) {
  transport_.clock().arm(timeouts_.dimse);
  return sendSTORERequest(pcid, file, dataset, status);
}

std::optional<AssociateReject> ScuEngine::rejection() const {
  const auto& pdu = transport_.first_bytes();
  if (pdu.size() < 10 || pdu[0] != 0x03) return std::nullopt;
  return AssociateReject{pdu[7], pdu[8], pdu[9]};
}

DicomOutcome ScuEngine::outcome(const OFCondition& condition, std::string_view context) const {
  DicomOutcome result = outcome_of(condition, context);
  if (!result.error) return result;
  const ExchangeClock& clock = transport_.clock();
  if (clock.expired == ExchangeClock::Expiry::send)
    return {DicomError::timeout, std::string(context) + ": the peer stopped reading (send deadline passed)"};
  if (clock.expired == ExchangeClock::Expiry::exchange)
    return {DicomError::timeout, fmt::format("{}: the exchange did not end within its {} s deadline", context,
                                             clock.budget.count())};
  return result;
}

OFCondition ScuEngine::exchange(T_ASC_PresentationContextID pcid, T_DIMSE_Message& request, DcmDataset* data,
                                T_DIMSE_Message& response, DcmDataset*& response_data) {
  response_data = nullptr;
  transport_.clock().arm(timeouts_.dimse);
  OFCondition condition = sendDIMSEMessage(pcid, &request, data);
  if (condition.bad()) return condition;
  T_ASC_PresentationContextID response_pcid = pcid;
  DcmDataset* status_detail = nullptr;
  condition = receiveDIMSECommand(&response_pcid, &response, &status_detail);
  delete status_detail;
  if (condition.bad()) return condition;
  const auto expected =
      static_cast<T_DIMSE_Command>(request.CommandField | 0x8000);  // PS3.7 E.1: RSP = RQ | 0x8000
  if (response.CommandField != expected) return DIMSE_BADCOMMANDTYPE;
  T_DIMSE_DataSetType data_type = DIMSE_DATASET_NULL;
  switch (response.CommandField) {
    case DIMSE_N_CREATE_RSP:
      data_type = response.msg.NCreateRSP.DataSetType;
      break;
    case DIMSE_N_SET_RSP:
      data_type = response.msg.NSetRSP.DataSetType;
      break;
    case DIMSE_N_ACTION_RSP:
      data_type = response.msg.NActionRSP.DataSetType;
      break;
    default:
      break;
  }
  if (data_type != DIMSE_DATASET_NULL) condition = receiveDIMSEDataset(&response_pcid, &response_data);
  return condition;
}

}  // namespace ihe::net
