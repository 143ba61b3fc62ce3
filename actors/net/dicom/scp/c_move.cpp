// C-MOVE of AssociationWorker (PS3.4 C.4.2): the handler chooses the instances, the server performs the
// C-STORE sub-operations on one association to the Move Destination and reports progress with pending
// responses carrying the sub-operation counts (PS3.4 C.4.2.1.6).
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <memory>
#include <optional>
#include <set>

#include "actors/net/dicom/conversion/dataset_conversion.h"
#include "actors/net/dicom/scp/association_worker.h"
#include "actors/net/dicom/scp/dimse_messages.h"
#include "actors/net/dicom/scp/outgoing_association.h"

namespace ihe::net {
namespace {

struct Counts {
  Uint16 remaining = 0, completed = 0, failed = 0, warning = 0;
};

struct Instance {
  std::filesystem::path file;
  std::string sop_class_uid;  // empty: unreadable, counts as a failed sub-operation
  std::string transfer_syntax;
};

Instance inspect(const std::filesystem::path& file) {
  DcmFileFormat format;
  Instance instance{file, {}, {}};
  if (format.loadFile(file.c_str()).bad()) return instance;
  OFString sop_class;
  if (format.getDataset()->findAndGetOFString(DCM_SOPClassUID, sop_class).bad()) return instance;
  instance.sop_class_uid = sop_class.c_str();
  instance.transfer_syntax = DcmXfer(format.getDataset()->getOriginalXfer()).getXferID();
  return instance;
}

// PS3.4 C.4.2.1.5: success only when every sub-operation succeeded; B000 when some failed or warned;
// A702 when none could be performed.
Uint16 final_status(const Counts& c) {
  if (c.failed == 0 && c.warning == 0) return dimse_status::success;
  if (c.completed == 0 && c.warning == 0) return dimse_status::sub_operations_failed;
  return dimse_status::sub_operations_warning;
}

T_DIMSE_Message wrap(const T_DIMSE_C_MoveRQ& request) {
  T_DIMSE_Message message;
  message.CommandField = DIMSE_C_MOVE_RQ;
  message.msg.CMoveRQ = request;
  return message;
}

T_DIMSE_Message with_counts(T_DIMSE_Message response, const Counts& c) {
  auto& r = response.msg.CMoveRSP;
  r.NumberOfRemainingSubOperations = c.remaining;
  r.NumberOfCompletedSubOperations = c.completed;
  r.NumberOfFailedSubOperations = c.failed;
  r.NumberOfWarningSubOperations = c.warning;
  r.opts |= O_MOVE_NUMBEROFCOMPLETEDSUBOPERATIONS | O_MOVE_NUMBEROFFAILEDSUBOPERATIONS |
            O_MOVE_NUMBEROFWARNINGSUBOPERATIONS;
  if (dimse_status::is_pending(r.DimseStatus)) r.opts |= O_MOVE_NUMBEROFREMAININGSUBOPERATIONS;
  return response;
}

}  // namespace

OFCondition AssociationWorker::on_move(T_DIMSE_C_MoveRQ& request, T_ASC_PresentationContextID pc) {
  DcmDataset* raw = nullptr;
  OFString destination;
  const OFCondition received = receiveMOVERequest(request, pc, raw, destination);
  const std::unique_ptr<DcmDataset> identifier(raw);
  if (received.bad()) return received;
  MoveRequest move{info_, request.AffectedSOPClassUID, identifier ? from_dcmtk(*identifier) : dicom::DicomDataset{},
                   destination.c_str()};
  publish(ScpEventKind::CommandReceived, DimseCommand::CMove, move.sop_class_uid, 0, &move.identifier,
          "move destination " + move.destination_ae);

  const T_DIMSE_Message message = wrap(request);
  // Refusals carry no counts; once sub-operations ran, every response does (PS3.4 C.4.2.1.6).
  const auto answer = [&](Uint16 status, const std::optional<Counts>& counts) {
    auto response = *make_response(message, status);
    if (counts) response = with_counts(response, *counts);
    const OFCondition sent = sendDIMSEMessage(pc, &response, nullptr);
    if (sent.good()) publish(ScpEventKind::ResponseSent, DimseCommand::CMove, move.sop_class_uid, status);
    return sent;
  };

  const auto* entry = context_.registry.find(DimseCommand::CMove, move.sop_class_uid);
  if (entry == nullptr) return answer(dimse_status::sop_class_not_supported, std::nullopt);
  const MoveResponse result =
      guarded(DimseCommand::CMove, move.sop_class_uid, [&] { return std::get<MoveHandler>(*entry)(move); },
              MoveResponse{{}, dimse_status::processing_failure});
  if (result.refuse_status) return answer(*result.refuse_status, std::nullopt);
  const auto peer = context_.config.remote_aes.find(move.destination_ae);
  if (peer == context_.config.remote_aes.end()) return answer(dimse_status::move_destination_unknown, std::nullopt);

  std::vector<Instance> instances;
  for (const auto& file : result.files) instances.push_back(inspect(file));
  Counts counts;
  counts.remaining = static_cast<Uint16>(instances.size());
  OutgoingAssociation outgoing(info_.called_ae, peer->second, context_.config.outgoing_timeout);
  std::set<std::pair<std::string, std::string>> proposed;
  for (const auto& i : instances) {
    if (i.sop_class_uid.empty() || !proposed.insert({i.sop_class_uid, i.transfer_syntax}).second) continue;
    auto syntaxes = default_transfer_syntaxes();
    syntaxes.push_front(i.transfer_syntax);
    outgoing.propose(i.sop_class_uid, syntaxes);
  }
  const std::string endpoint = peer->second.ae_title + "@" + peer->second.host + ":" +
                                  std::to_string(peer->second.port);
  const std::error_code refused = proposed.empty() ? std::error_code{} : outgoing.open();
  const bool connected = !proposed.empty() && !refused;
  if (refused)
    publish(ScpEventKind::ResponseReceived, DimseCommand::CStore, {}, 0, nullptr,
            "C-STORE sub-operations: no association with " + endpoint + ": " + refused.message());
  for (const auto& i : instances) {
    --counts.remaining;
    Uint16 status = 0xFFFF;
    const T_ASC_PresentationContextID store_pc =
        connected && !i.sop_class_uid.empty() ? outgoing.scu().findPresentationContextID(i.sop_class_uid.c_str(), "")
                                              : 0;
    if (store_pc != 0 &&
        outgoing.scu()
            .sendSTORERequest(store_pc, OFFilename(i.file.c_str()), nullptr, status, info_.calling_ae.c_str(),
                              request.MessageID)
            .bad())
      status = 0xFFFF;
    if (store_pc != 0)
      publish(ScpEventKind::ResponseReceived, DimseCommand::CStore, i.sop_class_uid, status, nullptr,
              "C-STORE sub-operation of " + i.file.filename().string() + " to " + endpoint);
    if (status == dimse_status::success) ++counts.completed;
    else if ((status & 0xF000) == 0xB000) ++counts.warning;
    else ++counts.failed;
    if (counts.remaining > 0) {
      const OFCondition sent = answer(dimse_status::pending, counts);
      if (sent.bad()) return sent;
    }
  }
  return answer(final_status(counts), counts);
}

}  // namespace ihe::net
