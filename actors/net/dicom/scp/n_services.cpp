// N-CREATE, N-SET, N-ACTION and a received N-EVENT-REPORT of AssociationWorker (PS3.7 10.1), plus the
// storage commitment report that may follow an N-ACTION (PS3.4 J.3.3).
#include <algorithm>
#include <memory>

#include "actors/net/dicom/conversion/dataset_conversion.h"
#include "actors/net/dicom/scp/association_worker.h"
#include "actors/net/dicom/scp/dimse_messages.h"
#include "actors/net/dicom/scp/event_report_sender.h"

namespace ihe::net {
namespace {

std::uint16_t type_id_of(const T_DIMSE_Message& message) {
  if (message.CommandField == DIMSE_N_ACTION_RQ) return message.msg.NActionRQ.ActionTypeID;
  if (message.CommandField == DIMSE_N_EVENT_REPORT_RQ) return message.msg.NEventReportRQ.EventTypeID;
  return 0;
}

}  // namespace

OFCondition AssociationWorker::on_n_request(T_DIMSE_Message& message, T_ASC_PresentationContextID pc) {
  NRequest request{info_, *dimse_command_of(message.CommandField), sop_class_of(message), sop_instance_of(message),
                   type_id_of(message), {}};
  const bool with_dataset = has_dataset(message);
  if (with_dataset) {
    DcmDataset* raw = nullptr;
    T_ASC_PresentationContextID data_pc = 0;
    const OFCondition received = receiveDIMSEDataset(&data_pc, &raw);
    const std::unique_ptr<DcmDataset> dataset(raw);
    if (received.bad()) return received;
    request.dataset = from_dcmtk(*dataset);
  }
  publish(ScpEventKind::CommandReceived, request.command, request.sop_class_uid, 0,
          with_dataset ? &request.dataset : nullptr);

  const auto* entry = context_.registry.find(request.command, request.sop_class_uid);
  // A SOP class we serve with another command is an operation we do not recognize for it (PS3.7 C.4.2);
  // a SOP class we do not serve at all is "not supported" (PS3.7 C.5.12).
  const auto classes = context_.registry.sop_classes();
  const bool known_class = std::find(classes.begin(), classes.end(), request.sop_class_uid) != classes.end();
  NResponse result =
      entry != nullptr ? guarded(request.command, request.sop_class_uid,
                                 [&] { return std::get<NHandler>(*entry)(request); },
                                 NResponse{dimse_status::processing_failure, {}, {}, {}, {}})
      : known_class    ? NResponse{dimse_status::unrecognized_operation, {}, {}, {}, {}}
                       : NResponse{dimse_status::sop_class_not_supported, {}, {}, {}, {}};

  auto response = make_response(message, result.status);
  if (message.CommandField == DIMSE_N_CREATE_RQ && !result.sop_instance_uid.empty()) {
    OFStandard::strlcpy(response->msg.NCreateRSP.AffectedSOPInstanceUID, result.sop_instance_uid.c_str(),
                        sizeof response->msg.NCreateRSP.AffectedSOPInstanceUID);
    response->msg.NCreateRSP.opts |= O_NCREATE_AFFECTEDSOPINSTANCEUID;
  }
  std::unique_ptr<DcmDataset> out;
  if (result.dataset) {
    out = to_dcmtk(*result.dataset);
    set_dataset_present(*response, true);
  }
  const OFCondition sent = sendDIMSEMessage(pc, &*response, out.get());
  if (sent.bad()) return sent;
  publish(ScpEventKind::ResponseSent, request.command, request.sop_class_uid, result.status,
          result.dataset ? &*result.dataset : nullptr);
  if (request.command == DimseCommand::NAction && result.report_after)
    send_report_after(*result.report_after, result.report_destination, pc);
  return sent;
}

// The outcome travels as events: the N-ACTION is already answered, and a failed report is the peer's
// behaviour to record, not a reason to end this association.
void AssociationWorker::send_report_after(const EventReport& report, const std::optional<RemoteAe>& destination,
                                          T_ASC_PresentationContextID pc) {
  publish(ScpEventKind::RequestSent, DimseCommand::NEventReport, report.sop_class_uid, 0, &report.dataset,
          destination ? "new association to " + destination->ae_title + "@" + destination->host + ":" +
                            std::to_string(destination->port)
                      : std::string("same association"));
  std::uint16_t status = 0;
  std::string failure;
  if (destination) {
    const auto outcome = send_event_report(info_.called_ae, *destination, report, context_.config.outgoing_timeout);
    status = outcome.status;
    if (outcome.error) failure = outcome.error.message();
  } else {
    const auto dataset = to_dcmtk(report.dataset);
    Uint16 response_status = 0;
    const OFCondition c = sendEVENTREPORTRequest(pc, report.sop_instance_uid.c_str(), next_message_id_++,
                                                 report.event_type, dataset.get(), response_status);
    status = response_status;
    if (c.bad()) failure = c.text();
  }
  publish(ScpEventKind::ResponseReceived, DimseCommand::NEventReport, report.sop_class_uid, status, nullptr,
          failure);
}

}  // namespace ihe::net
