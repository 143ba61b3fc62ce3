#include "actors/net/dicom/scu/scu_engine.h"

#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>

namespace ihe::net {
namespace {

// Keeps the first bytes read on the connection (the peer's answer to our A-ASSOCIATE-RQ), and bounds every
// write: DCMTK writes a PDU with one blocking write(), so a peer that stops reading would stall it forever.
class RecordingConnection : public LowLatencyTcpConnection {
 public:
  RecordingConnection(DcmNativeSocketType socket, std::vector<std::uint8_t>& record,
                      std::chrono::seconds deadline, bool& send_timed_out)
      : LowLatencyTcpConnection(socket),
        record_(record),
        deadline_(deadline),
        send_timed_out_(send_timed_out) {}

  ssize_t read(void* buf, size_t nbyte) override {
    const ssize_t n = LowLatencyTcpConnection::read(buf, nbyte);
    if (n > 0 && record_.size() < kKept) {
      const auto* bytes = static_cast<const std::uint8_t*>(buf);
      record_.insert(record_.end(), bytes,
                     bytes + std::min<std::size_t>(static_cast<std::size_t>(n), kKept - record_.size()));
    }
    return n;
  }

  // All of it, or -1; -1 with send_timed_out when the peer took no data for a whole deadline.
  ssize_t write(void* buf, size_t nbyte) override {
    const auto* bytes = static_cast<const char*>(buf);
    std::size_t done = 0;
    while (done < nbyte) {
      pollfd fd{getSocket(), POLLOUT, 0};
      const int ready = poll(&fd, 1, static_cast<int>(deadline_.count() * 1000));
      if (ready == 0) {
        send_timed_out_ = true;
        errno = ETIMEDOUT;
        return -1;
      }
      const ssize_t n = ready < 0 ? -1 : ::send(getSocket(), bytes + done, nbyte - done, MSG_NOSIGNAL);
      if (n < 0 && errno != EINTR && errno != EAGAIN) return -1;
      if (n > 0) done += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(nbyte);
  }

 private:
  static constexpr std::size_t kKept = 10;  // an A-ASSOCIATE-RJ PDU is exactly 10 bytes
  std::vector<std::uint8_t>& record_;
  std::chrono::seconds deadline_;
  bool& send_timed_out_;
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

DcmTransportConnection* RecordingTransportLayer::createConnection(DcmNativeSocketType socket, OFBool) {
  first_bytes_.clear();
  send_timed_out_ = false;
  return new RecordingConnection(socket, first_bytes_, send_timeout_, send_timed_out_);
}

ScuEngine::ScuEngine(const AssociationParams& params) : transport_(params.timeouts.dimse) {
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
  OFCondition condition = initNetwork();
  if (condition.good()) condition = useSecureConnection(&transport_);
  if (condition.good()) condition = negotiateAssociation();
  return condition;
}

std::optional<AssociateReject> ScuEngine::rejection() const {
  const auto& pdu = transport_.first_bytes();
  if (pdu.size() < 10 || pdu[0] != 0x03) return std::nullopt;
  return AssociateReject{pdu[7], pdu[8], pdu[9]};
}

DicomOutcome ScuEngine::outcome(const OFCondition& condition, std::string_view context) const {
  DicomOutcome result = outcome_of(condition, context);
  if (result.error && transport_.send_timed_out())
    return {DicomError::timeout, std::string(context) + ": the peer stopped reading (send deadline passed)"};
  return result;
}

OFCondition ScuEngine::exchange(T_ASC_PresentationContextID pcid, T_DIMSE_Message& request, DcmDataset* data,
                                T_DIMSE_Message& response, DcmDataset*& response_data) {
  response_data = nullptr;
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
