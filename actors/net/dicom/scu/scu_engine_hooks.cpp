// The C-FIND, C-MOVE and N-EVENT-REPORT hooks of ScuEngine: DcmSCU runs the DIMSE loops, these collect.
#include "actors/net/dicom/scu/scu_engine.h"

namespace ihe::net {

OFCondition ScuEngine::run_find(T_ASC_PresentationContextID pcid, DcmDataset& identifier,
                                FindCollection& collection) {
  find_ = &collection;
  const OFCondition condition = sendFINDRequest(pcid, &identifier, nullptr);
  find_ = nullptr;
  return condition;
}

OFCondition ScuEngine::handleFINDResponse(T_ASC_PresentationContextID pcid, QRResponse* response,
                                          OFBool& wait_for_next) {
  find_->status = response->m_status;
  wait_for_next = classify_status(response->m_status) == StatusKind::Pending;
  if (!wait_for_next) return EC_Normal;
  if (response->m_dataset != nullptr) {
    find_->matches.emplace_back(response->m_dataset);
    response->m_dataset = nullptr;  // ours now: QRResponse would delete it
  }
  // PS3.4 C.4.1.2.2.2: after C-CANCEL the SCP may still send pending responses before the final 0xFE00;
  // they are drained (and kept) so the association stays usable.
  if (find_->limit && find_->matches.size() >= *find_->limit && !find_->cancel_sent) {
    find_->cancel_sent = true;
    return sendCANCELRequest(pcid);
  }
  return EC_Normal;
}

OFCondition ScuEngine::run_move(T_ASC_PresentationContextID pcid, const OFString& destination,
                                DcmDataset& identifier, MoveResult& result) {
  move_ = &result;
  const OFCondition condition = sendMOVERequest(pcid, destination, &identifier, nullptr);
  move_ = nullptr;
  return condition;
}

OFCondition ScuEngine::handleMOVEResponse(T_ASC_PresentationContextID, RetrieveResponse* response,
                                          OFBool& wait_for_next) {
  move_->status = response->m_status;
  move_->responses.push_back({response->m_status, response->m_numberOfRemainingSubops,
                              response->m_numberOfCompletedSubops, response->m_numberOfFailedSubops,
                              response->m_numberOfWarningSubops});
  wait_for_next = classify_status(response->m_status) == StatusKind::Pending;
  return EC_Normal;
}

OFCondition ScuEngine::run_event_report(int timeout_seconds, EventReport& report,
                                        std::unique_ptr<DcmDataset>& information) {
  report_ = &report;
  DcmDataset* dataset = nullptr;
  Uint16 event_type = 0;
  const OFCondition condition = handleEVENTREPORTRequest(dataset, event_type, timeout_seconds);
  report_ = nullptr;
  information.reset(dataset);
  if (condition.good()) report.event_type = event_type;
  return condition;
}

Uint16 ScuEngine::checkEVENTREPORTRequest(T_DIMSE_N_EventReportRQ& request, DcmDataset*) {
  report_->sop_class_uid = request.AffectedSOPClassUID;
  report_->sop_instance_uid = request.AffectedSOPInstanceUID;
  return STATUS_Success;  // PS3.4 J.3.3.1: the SCU confirms receipt; the report's content is judged later
}

}  // namespace ihe::net
