#include "actors/net/dicom/scp/event_report_sender.h"

#include "actors/net/dicom/conversion/dataset_conversion.h"
#include "actors/net/dicom/dicom_error.h"
#include "actors/net/dicom/scp/outgoing_association.h"
#include "actors/net/dicom/transport/condition.h"

namespace ihe::net {

EventReportOutcome send_event_report(const std::string& calling_ae, const RemoteAe& peer, const EventReport& report,
                                     std::chrono::seconds timeout) {
  quiet_dcmtk_logging();
  OutgoingAssociation association(calling_ae, peer, timeout);
  association.propose(report.sop_class_uid, default_transfer_syntaxes(), ASC_SC_ROLE_SCP);
  if (const auto error = association.open()) return {error, 0};
  // targets.md pitfall 3: the context must be looked up (ID 0 is never valid for DIMSE-N), and with the role
  // we proposed: DCMTK only matches contexts whose accepted role equals the one asked for.
  const T_ASC_PresentationContextID pc =
      association.scu().findPresentationContextID(report.sop_class_uid.c_str(), "", ASC_SC_ROLE_SCP);
  if (pc == 0) return {DicomError::no_presentation_context, 0};
  const auto dataset = to_dcmtk(report.dataset);
  Uint16 status = 0;
  const OFCondition sent = association.scu().sendEVENTREPORTRequest(pc, report.sop_instance_uid.c_str(),
                                                                    report.event_type, dataset.get(), status);
  if (sent.bad()) return {to_error_code(sent), 0};
  return {{}, status};
}

}  // namespace ihe::net
