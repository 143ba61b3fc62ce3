// The C-FIND loop and the C-MOVE and N-EVENT-REPORT hooks of ScuEngine.
#include "actors/net/dicom/scu/scu_engine.h"

namespace ihe::net {

OFCondition ScuEngine::run_find(T_ASC_PresentationContextID pcid, const char* sop_class_uid,
                                DcmDataset& identifier, FindCollection& collection) {
  T_DIMSE_Message request{};
  request.CommandField = DIMSE_C_FIND_RQ;
  auto& rq = request.msg.CFindRQ;
  rq.MessageID = next_message_id();
  rq.DataSetType = DIMSE_DATASET_PRESENT;
  rq.Priority = DIMSE_PRIORITY_MEDIUM;
  OFStandard::strlcpy(rq.AffectedSOPClassUID, sop_class_uid, sizeof rq.AffectedSOPClassUID);
  transport_.clock().arm(timeouts_.dimse);
  OFCondition condition = sendDIMSEMessage(pcid, &request, &identifier);
  while (condition.good()) {
    T_DIMSE_Message response{};
    T_ASC_PresentationContextID response_pcid = pcid;
    DcmDataset* status_detail = nullptr;
    condition = receiveDIMSECommand(&response_pcid, &response, &status_detail);
    delete status_detail;
    if (condition.bad()) break;
    if (response.CommandField != DIMSE_C_FIND_RSP) return DIMSE_BADCOMMANDTYPE;
    const auto& rsp = response.msg.CFindRSP;
    std::unique_ptr<DcmDataset> identifier_found;
    // Whatever is announced is read, even with a final status, so no stray data set is left on the wire.
    if (rsp.DataSetType != DIMSE_DATASET_NULL) {
      DcmDataset* received = nullptr;
      condition = receiveDIMSEDataset(&response_pcid, &received);
      identifier_found.reset(received);
      if (condition.bad()) break;
    }
    collection.status = rsp.DimseStatus;
    if (classify_status(rsp.DimseStatus) != StatusKind::Pending) break;
    transport_.clock().arm(timeouts_.dimse);  // the next response
    if (identifier_found) collection.matches.push_back(std::move(identifier_found));
    // PS3.7 9.3.2.3: C-CANCEL names the request; the SCP may still send pending responses before its final
    // 0xFE00 (PS3.4 C.4.1.2.2.2), so they are drained and kept.
    if (collection.limit && collection.matches.size() >= *collection.limit && !collection.cancel_sent) {
      T_DIMSE_Message cancel{};
      cancel.CommandField = DIMSE_C_CANCEL_RQ;
      cancel.msg.CCancelRQ.MessageIDBeingRespondedTo = rq.MessageID;
      cancel.msg.CCancelRQ.DataSetType = DIMSE_DATASET_NULL;
      collection.cancel_sent = true;
      condition = sendDIMSEMessage(pcid, &cancel, nullptr);
    }
  }
  return condition;
}

OFCondition ScuEngine::run_move(T_ASC_PresentationContextID pcid, const OFString& destination,
                                DcmDataset& identifier, MoveResult& result) {
  move_ = &result;
  transport_.clock().arm(timeouts_.dimse);
  const OFCondition condition = sendMOVERequest(pcid, destination, &identifier, nullptr);
  move_ = nullptr;
  return condition;
}

OFCondition ScuEngine::handleMOVEResponse(T_ASC_PresentationContextID, RetrieveResponse* response,
                                          OFBool& wait_for_next) {
  move_->status = response->m_status;
  transport_.clock().arm(timeouts_.dimse);  // the next response
  move_->responses.push_back({response->m_status, response->m_numberOfRemainingSubops,
                              response->m_numberOfCompletedSubops, response->m_numberOfFailedSubops,
                              response->m_numberOfWarningSubops});
  wait_for_next = classify_status(response->m_status) == StatusKind::Pending;
  return EC_Normal;
}

OFCondition ScuEngine::run_event_report(int timeout_seconds, ReceivedEventReport& report,
                                        std::unique_ptr<DcmDataset>& information) {
  report_ = &report;
  // The report must arrive within the wait and be read and answered within one DIMSE timeout more.
  transport_.clock().arm(std::chrono::seconds(timeout_seconds) + timeouts_.dimse);
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
