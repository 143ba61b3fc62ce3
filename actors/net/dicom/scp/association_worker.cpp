#include "actors/net/dicom/scp/association_worker.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "actors/net/dicom/scp/dimse_messages.h"

namespace ihe::net {
namespace {

bool listed(const std::vector<std::string>& titles, const OFString& title) {
  return std::find(titles.begin(), titles.end(), std::string(title.c_str())) != titles.end();
}

// PS3.8 Table 9-21 wording, so evidence reads like the standard.
std::string refuse_reason_text(DcmRefuseReasonType reason) {
  switch (reason) {
    case DCMSCP_TOO_MANY_ASSOCIATIONS:
      return "local limit exceeded";
    case DCMSCP_BAD_APPLICATION_CONTEXT_NAME:
      return "application context name not supported";
    case DCMSCP_CALLED_AE_TITLE_NOT_RECOGNIZED:
      return "called AE title not recognized";
    case DCMSCP_CALLING_AE_TITLE_NOT_RECOGNIZED:
      return "calling AE title not recognized";
    case DCMSCP_NO_PRESENTATION_CONTEXTS:
      return "no acceptable presentation context";
    default:
      return "no reason given";
  }
}

std::string hex4(unsigned value) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%04X", value & 0xFFFFu);
  return text;
}

}  // namespace

AssociationWorker::AssociationWorker(const ServerContext& context) : context_(context) {}

void AssociationWorker::publish(ScpEventKind kind, std::optional<DimseCommand> command,
                                const std::string& sop_class_uid, std::uint16_t status,
                                const dicom::DicomDataset* dataset, const std::string& detail) const {
  if (context_.observers.empty()) return;
  ScpEvent event;
  event.kind = kind;
  event.association = info_;
  event.command = command;
  event.sop_class_uid = sop_class_uid;
  event.status = status;
  if (dataset != nullptr) event.dataset = *dataset;
  event.detail = detail;
  context_.publish(event);
}

void AssociationWorker::notifyAssociationRequest(const T_ASC_Parameters& params,
                                                 DcmSCPActionType& /*action*/) {
  info_.calling_ae = params.DULparams.callingAPTitle;
  info_.called_ae = params.DULparams.calledAPTitle;
  info_.peer_address = params.DULparams.callingPresentationAddress;
  // DCMTK's accessors take the parameters non-const but only read them.
  auto& readable = const_cast<T_ASC_Parameters&>(params);
  for (int i = 0; i < ASC_countPresentationContexts(&readable); ++i) {
    T_ASC_PresentationContext context;
    if (ASC_getPresentationContext(&readable, i, &context).good() &&
        (context.proposedRole == ASC_SC_ROLE_SCP || context.proposedRole == ASC_SC_ROLE_SCUSCP))
      info_.scp_role_proposed.insert(context.abstractSyntax);
  }
  publish(ScpEventKind::AssociationRequested);
}

OFBool AssociationWorker::checkCalledAETitleAccepted(const OFString& called_ae) {
  return listed(context_.config.ae_titles, called_ae);
}

OFBool AssociationWorker::checkCallingAETitleAccepted(const OFString& calling_ae) {
  return context_.config.allowed_calling_aes.empty() ||
         listed(context_.config.allowed_calling_aes, calling_ae);
}

void AssociationWorker::refuseAssociation(const DcmRefuseReasonType reason) {
  DcmThreadSCP::refuseAssociation(reason);
  publish(ScpEventKind::AssociationRejected, std::nullopt, {}, 0, nullptr, refuse_reason_text(reason));
}

void AssociationWorker::notifyAssociationAcknowledge() {
  publish(ScpEventKind::AssociationAccepted);
}

void AssociationWorker::notifyReleaseRequest() {
  publish(ScpEventKind::AssociationReleased);
}

void AssociationWorker::notifyAbortRequest() {
  // Our own shutdown of the socket on stop() reads like a peer abort to DCMTK.
  publish(ScpEventKind::AssociationAborted, std::nullopt, {}, 0, nullptr,
          context_.stopping ? "server stopping" : "A-ABORT from the peer");
}

void AssociationWorker::notifyDIMSEError(const OFCondition& condition) {
  const std::string detail =
      context_.stopping ? std::string("server stopping")
      : condition == DIMSE_NODATAAVAILABLE
          ? "no PDU within the idle timeout of " + std::to_string(context_.config.idle_timeout.count()) + " s"
          : std::string(condition.text());
  publish(ScpEventKind::AssociationAborted, std::nullopt, {}, 0, nullptr, detail);
}

// The last line of defence: a conversion that throws (a peer's data set DCMTK parsed but we cannot
// represent, or a handler's reply DCMTK refuses) ends this association with an A-ABORT and an event, and
// never the process.
OFCondition AssociationWorker::handleIncomingCommand(T_DIMSE_Message* message,
                                                     const DcmPresentationContextInfo& context) {
  try {
    return dispatch(*message, context.presentationContextID);
  } catch (const std::exception& e) {
    publish(ScpEventKind::HandlerFailed, dimse_command_of(message->CommandField), sop_class_of(*message),
            dimse_status::processing_failure, nullptr, e.what());
  } catch (...) {
    publish(ScpEventKind::HandlerFailed, dimse_command_of(message->CommandField), sop_class_of(*message),
            dimse_status::processing_failure, nullptr, "unknown exception");
  }
  return DIMSE_BADMESSAGE;
}

OFCondition AssociationWorker::dispatch(T_DIMSE_Message& request, T_ASC_PresentationContextID pc) {
  switch (request.CommandField) {
    case DIMSE_C_ECHO_RQ:
      return on_echo(request.msg.CEchoRQ, pc);
    case DIMSE_C_STORE_RQ:
      return on_store(request.msg.CStoreRQ, pc);
    case DIMSE_C_FIND_RQ:
      return on_find(request.msg.CFindRQ, pc);
    case DIMSE_C_MOVE_RQ:
      return on_move(request.msg.CMoveRQ, pc);
    case DIMSE_N_CREATE_RQ:
    case DIMSE_N_SET_RQ:
    case DIMSE_N_ACTION_RQ:
    case DIMSE_N_EVENT_REPORT_RQ:
      return on_n_request(request, pc);
    case DIMSE_C_CANCEL_RQ:
      return EC_Normal;  // PS3.7 9.3.2.3: no response; nothing of ours is running
    default:
      return on_unsupported(request, pc);
  }
}

OFCondition AssociationWorker::on_echo(T_DIMSE_C_EchoRQ& request, T_ASC_PresentationContextID pc) {
  publish(ScpEventKind::CommandReceived, DimseCommand::CEcho, request.AffectedSOPClassUID);
  T_DIMSE_Message message;
  message.CommandField = DIMSE_C_ECHO_RQ;
  message.msg.CEchoRQ = request;
  auto response = make_response(message, dimse_status::success);
  const OFCondition sent = sendDIMSEMessage(pc, &*response, nullptr);
  if (sent.good()) publish(ScpEventKind::ResponseSent, DimseCommand::CEcho, request.AffectedSOPClassUID, 0);
  return sent;
}

// C-GET, N-GET, N-DELETE: nothing is registered for them, so the peer learns that properly (PS3.7 C.4.2,
// 0x0211) after we consumed any data set it announced.
OFCondition AssociationWorker::on_unsupported(T_DIMSE_Message& message, T_ASC_PresentationContextID pc) {
  const std::string command = "DIMSE command " + hex4(message.CommandField);
  publish(ScpEventKind::CommandReceived, std::nullopt, sop_class_of(message), 0, nullptr, command);
  if (has_dataset(message)) {
    DcmDataset* ignored = nullptr;
    T_ASC_PresentationContextID data_pc = 0;
    const OFCondition received = receiveDIMSEDataset(&data_pc, &ignored);
    delete ignored;
    if (received.bad()) return received;
  }
  auto response = make_response(message, dimse_status::unrecognized_operation);
  if (!response) return DIMSE_BADCOMMANDTYPE;
  const OFCondition sent = sendDIMSEMessage(pc, &*response, nullptr);
  if (sent.good())
    publish(ScpEventKind::ResponseSent, std::nullopt, sop_class_of(message),
            dimse_status::unrecognized_operation, nullptr, command + " not supported");
  return sent;
}

}  // namespace ihe::net
