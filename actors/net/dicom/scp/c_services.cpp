// C-STORE and C-FIND of AssociationWorker (PS3.4 Annex B and C.4.1).
#include <memory>

#include "actors/net/dicom/conversion/dataset_conversion.h"
#include "actors/net/dicom/scp/association_worker.h"
#include "actors/net/dicom/scp/dimse_messages.h"

namespace ihe::net {
namespace {

T_DIMSE_Message wrap(const T_DIMSE_C_StoreRQ& request) {
  T_DIMSE_Message message;
  message.CommandField = DIMSE_C_STORE_RQ;
  message.msg.CStoreRQ = request;
  return message;
}

T_DIMSE_Message wrap(const T_DIMSE_C_FindRQ& request) {
  T_DIMSE_Message message;
  message.CommandField = DIMSE_C_FIND_RQ;
  message.msg.CFindRQ = request;
  return message;
}

}  // namespace

OFCondition AssociationWorker::on_store(T_DIMSE_C_StoreRQ& request, T_ASC_PresentationContextID pc) {
  StoreRequest store{info_, request.AffectedSOPClassUID, request.AffectedSOPInstanceUID, {}, {}};
  const auto* entry = context_.registry.find(DimseCommand::CStore, store.sop_class_uid);
  if (entry != nullptr && context_.registry.store_delivery(store.sop_class_uid) == StoreDelivery::File) {
    store.file = context_.config.storage_directory / (store.sop_instance_uid + ".dcm");
    const OFCondition received = receiveSTORERequest(request, pc, OFString(store.file.c_str()));
    if (received.bad()) {
      std::error_code ignored;
      std::filesystem::remove(store.file, ignored);  // a truncated instance must not look received
      return received;
    }
    publish(ScpEventKind::CommandReceived, DimseCommand::CStore, store.sop_class_uid, 0, nullptr,
            store.file.string());
  } else {
    DcmDataset* raw = nullptr;
    const OFCondition received = receiveSTORERequest(request, pc, raw);
    const std::unique_ptr<DcmDataset> dataset(raw);
    if (received.bad()) return received;
    store.dataset = from_dcmtk(*dataset);
    publish(ScpEventKind::CommandReceived, DimseCommand::CStore, store.sop_class_uid, 0, &store.dataset);
  }
  const std::uint16_t status =
      entry == nullptr ? dimse_status::sop_class_not_supported
                       : guarded(DimseCommand::CStore, store.sop_class_uid,
                                 [&] { return std::get<StoreHandler>(*entry)(store); },
                                 dimse_status::processing_failure);
  auto response = make_response(wrap(request), status);
  const OFCondition sent = sendDIMSEMessage(pc, &*response, nullptr);
  if (sent.good()) publish(ScpEventKind::ResponseSent, DimseCommand::CStore, store.sop_class_uid, status);
  return sent;
}

// PS3.4 C.4.1.2: one pending response per match, then the final status; a C-CANCEL between two pending
// responses ends the sequence with 0xFE00 (PS3.4 C.4.1.1.4).
OFCondition AssociationWorker::on_find(T_DIMSE_C_FindRQ& request, T_ASC_PresentationContextID pc) {
  DcmDataset* raw = nullptr;
  const OFCondition received = receiveFINDRequest(request, pc, raw);
  const std::unique_ptr<DcmDataset> identifier(raw);
  if (received.bad()) return received;
  FindRequest find{info_, request.AffectedSOPClassUID, identifier ? from_dcmtk(*identifier) : dicom::DicomDataset{}};
  publish(ScpEventKind::CommandReceived, DimseCommand::CFind, find.sop_class_uid, 0, &find.identifier);

  const auto* entry = context_.registry.find(DimseCommand::CFind, find.sop_class_uid);
  FindResponse result =
      entry == nullptr ? FindResponse{{}, dimse_status::sop_class_not_supported}
                       : guarded(DimseCommand::CFind, find.sop_class_uid,
                                 [&] { return std::get<FindHandler>(*entry)(find); },
                                 FindResponse{{}, dimse_status::processing_failure});
  const T_DIMSE_Message message = wrap(request);
  for (const auto& match : result.matches) {
    if (checkForCANCEL(pc, request.MessageID).good()) {
      result.status = dimse_status::cancel;
      break;
    }
    auto pending = make_response(message, dimse_status::pending);
    set_dataset_present(*pending, true);
    const auto dataset = to_dcmtk(match);
    const OFCondition sent = sendDIMSEMessage(pc, &*pending, dataset.get());
    if (sent.bad()) return sent;
    publish(ScpEventKind::ResponseSent, DimseCommand::CFind, find.sop_class_uid, dimse_status::pending, &match);
  }
  auto final_response = make_response(message, result.status);
  const OFCondition sent = sendDIMSEMessage(pc, &*final_response, nullptr);
  if (sent.good()) publish(ScpEventKind::ResponseSent, DimseCommand::CFind, find.sop_class_uid, result.status);
  return sent;
}

}  // namespace ihe::net
