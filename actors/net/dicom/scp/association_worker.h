#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scpthrd.h>

#include <exception>
#include <optional>
#include <string>

#include "actors/net/dicom/scp/server_context.h"

namespace ihe::net {

// One accepted association, served on its own thread: negotiation by DcmSCP (our AE titles, the
// allow-list, presentation contexts from the registry), then every DIMSE request dispatched through the
// HandlerRegistry. Every request gets a valid response, whatever the handler does (STYLE.md 6).
class AssociationWorker : public DcmThreadSCP {
 public:
  explicit AssociationWorker(const ServerContext& context);

 protected:
  void notifyAssociationRequest(const T_ASC_Parameters& params, DcmSCPActionType& action) override;
  OFBool checkCalledAETitleAccepted(const OFString& called_ae) override;
  OFBool checkCallingAETitleAccepted(const OFString& calling_ae) override;
  void refuseAssociation(const DcmRefuseReasonType reason) override;
  void notifyAssociationAcknowledge() override;
  void notifyReleaseRequest() override;
  void notifyAbortRequest() override;
  void notifyDIMSEError(const OFCondition& condition) override;
  OFCondition handleIncomingCommand(T_DIMSE_Message* message, const DcmPresentationContextInfo& context) override;

 private:
  OFCondition dispatch(T_DIMSE_Message& message, T_ASC_PresentationContextID pc);
  OFCondition on_echo(T_DIMSE_C_EchoRQ& request, T_ASC_PresentationContextID pc);
  OFCondition on_store(T_DIMSE_C_StoreRQ& request, T_ASC_PresentationContextID pc);
  OFCondition on_find(T_DIMSE_C_FindRQ& request, T_ASC_PresentationContextID pc);
  OFCondition on_move(T_DIMSE_C_MoveRQ& request, T_ASC_PresentationContextID pc);
  OFCondition on_n_request(T_DIMSE_Message& message, T_ASC_PresentationContextID pc);
  OFCondition on_unsupported(T_DIMSE_Message& message, T_ASC_PresentationContextID pc);
  void send_report_after(const EventReport& report, const std::optional<RemoteAe>& destination,
                         T_ASC_PresentationContextID pc);

  void publish(ScpEventKind kind, std::optional<DimseCommand> command = std::nullopt,
               const std::string& sop_class_uid = {}, std::uint16_t status = 0, const dicom::DicomDataset* dataset = nullptr,
               const std::string& detail = {}) const;
  // Runs a handler; an exception becomes a HandlerFailed event and `on_failure` (PS3.7 C.4.1: 0x0110).
  template <class Result, class Call>
  Result guarded(DimseCommand command, const std::string& sop_class_uid, Call&& call, Result on_failure) const {
    std::string what;
    try {
      return call();
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
      what = "unknown exception";
    }
    publish(ScpEventKind::HandlerFailed, command, sop_class_uid, dimse_status::processing_failure, nullptr, what);
    return on_failure;
  }

  const ServerContext& context_;
  AssociationInfo info_;
  std::uint16_t next_message_id_ = 1;
};

}  // namespace ihe::net
