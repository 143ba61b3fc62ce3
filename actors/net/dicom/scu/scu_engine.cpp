#include "actors/net/dicom/scu/scu_engine.h"

#include <algorithm>

namespace ihe::net {
namespace {

// Keeps the first bytes read on the connection (the peer's answer to our A-ASSOCIATE-RQ).
class RecordingConnection : public LowLatencyTcpConnection {
 public:
  RecordingConnection(DcmNativeSocketType socket, std::vector<std::uint8_t>& record)
      : LowLatencyTcpConnection(socket), record_(record) {}

  ssize_t read(void* buf, size_t nbyte) override {
    const ssize_t n = LowLatencyTcpConnection::read(buf, nbyte);
    if (n > 0 && record_.size() < kKept) {
      const auto* bytes = static_cast<const std::uint8_t*>(buf);
      record_.insert(record_.end(), bytes, bytes + std::min<std::size_t>(static_cast<std::size_t>(n), kKept - record_.size()));
    }
    return n;
  }

 private:
  static constexpr std::size_t kKept = 10;  // an A-ASSOCIATE-RJ PDU is exactly 10 bytes
  std::vector<std::uint8_t>& record_;
};

T_ASC_SC_ROLE to_dcmtk(ScuScpRole role) {
  switch (role) {
    case ScuScpRole::Default: return ASC_SC_ROLE_DEFAULT;
    case ScuScpRole::Scu: return ASC_SC_ROLE_SCU;
    case ScuScpRole::Scp: return ASC_SC_ROLE_SCP;
    case ScuScpRole::Both: return ASC_SC_ROLE_SCUSCP;
  }
  return ASC_SC_ROLE_DEFAULT;
}

}  // namespace

DcmTransportConnection* RecordingTransportLayer::createConnection(DcmNativeSocketType socket, OFBool) {
  first_bytes_.clear();
  return new RecordingConnection(socket, first_bytes_);
}

ScuEngine::ScuEngine(const AssociationParams& params) {
  setAETitle(params.calling_ae.c_str());
  setPeerAETitle(params.called_ae.c_str());
  setPeerHostName(params.host.c_str());
  setPeerPort(params.port);
  setMaxReceivePDULength(params.max_pdu);
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
  const auto expected = static_cast<T_DIMSE_Command>(request.CommandField | 0x8000);  // PS3.7 E.1: RSP = RQ | 0x8000
  if (response.CommandField != expected) return DIMSE_BADCOMMANDTYPE;
  T_DIMSE_DataSetType data_type = DIMSE_DATASET_NULL;
  switch (response.CommandField) {
    case DIMSE_N_CREATE_RSP: data_type = response.msg.NCreateRSP.DataSetType; break;
    case DIMSE_N_SET_RSP: data_type = response.msg.NSetRSP.DataSetType; break;
    case DIMSE_N_ACTION_RSP: data_type = response.msg.NActionRSP.DataSetType; break;
    default: break;
  }
  if (data_type != DIMSE_DATASET_NULL) condition = receiveDIMSEDataset(&response_pcid, &response_data);
  return condition;
}

}  // namespace ihe::net
