// The DicomAssociation calls that carry data sets: they cross to DCMTK through to_dcmtk/from_dcmtk.
#include <fmt/core.h>

#include "actors/net/dicom/conversion/dataset_conversion.h"
#include "actors/net/dicom/scu/dicom_association.h"
#include "actors/net/dicom/scu/scu_engine.h"
#include "base/harness_error.h"

namespace ihe::net {
namespace {

void copy_uid(DIC_UI& target, std::string_view uid) {
  OFStandard::strlcpy(target, std::string(uid).c_str(), sizeof target);
}

// One N-service request/response (PS3.7 10.3), its status and Affected SOP Instance UID taken from the
// response by `read`.
template <typename ReadResponse>
NResult n_service(ScuEngine& engine, T_ASC_PresentationContextID pcid, T_DIMSE_Message& request,
                  const dicom::DicomDataset& data, const std::string& context, ReadResponse read) {
  const std::unique_ptr<DcmDataset> outgoing = to_dcmtk(data);
  T_DIMSE_Message response{};
  DcmDataset* incoming = nullptr;
  NResult result{engine.outcome(engine.exchange(pcid, request, outgoing.get(), response, incoming), context)};
  if (result.ok()) {
    read(response, result);
    if (incoming != nullptr) result.dataset = from_dcmtk(*incoming);
  }
  delete incoming;
  return result;
}

}  // namespace

DimseResult DicomAssociation::store(const dicom::DicomDataset& instance) {
  if (!is_open()) return {not_open()};
  const auto sop_class = instance.string({0x0008, 0x0016});
  const auto sop_instance = instance.string({0x0008, 0x0018});
  if (!sop_class || !sop_instance || sop_class->empty() || sop_instance->empty())
    throw HarnessError("C-STORE to " + peer() +
                       ": the data set to send has no SOP Class UID or SOP Instance UID");
  const T_ASC_PresentationContextID pcid = engine_->findAnyPresentationContextID(sop_class->c_str(), "");
  if (pcid == 0) return {no_context(*sop_class)};
  const std::unique_ptr<DcmDataset> dataset = to_dcmtk(instance);
  Uint16 status = 0;
  DimseResult result{engine_->outcome(engine_->store(pcid, OFFilename(), dataset.get(), status),
                                      fmt::format("C-STORE of {} to {}", *sop_instance, peer()))};
  if (result.ok()) result.status = status;
  settle(result);
  return result;
}

FindResult DicomAssociation::find(std::string_view sop_class_uid, const dicom::DicomDataset& identifier,
                                  std::optional<std::size_t> limit) {
  if (!is_open()) return {not_open()};
  const T_ASC_PresentationContextID pcid =
      engine_->findAnyPresentationContextID(std::string(sop_class_uid).c_str(), "");
  if (pcid == 0) return {no_context(sop_class_uid)};
  const std::unique_ptr<DcmDataset> keys = to_dcmtk(identifier);
  FindCollection collection{limit};
  FindResult result{engine_->outcome(
      engine_->run_find(pcid, std::string(sop_class_uid).c_str(), *keys, collection), "C-FIND at " + peer())};
  result.status = collection.status;
  result.cancel_sent = collection.cancel_sent;
  for (const auto& match : collection.matches) result.matches.push_back(from_dcmtk(*match));
  settle(result);
  return result;
}

MoveResult DicomAssociation::move(std::string_view sop_class_uid, std::string_view destination_ae,
                                  const dicom::DicomDataset& identifier) {
  if (!is_open()) return {not_open()};
  const T_ASC_PresentationContextID pcid =
      engine_->findAnyPresentationContextID(std::string(sop_class_uid).c_str(), "");
  if (pcid == 0) return {no_context(sop_class_uid)};
  const std::unique_ptr<DcmDataset> keys = to_dcmtk(identifier);
  MoveResult result;
  static_cast<DicomOutcome&>(result) = engine_->outcome(
      engine_->run_move(pcid, std::string(destination_ae).c_str(), *keys, result), "C-MOVE at " + peer());
  settle(result);
  return result;
}

NResult DicomAssociation::n_create(std::string_view sop_class_uid, std::string_view sop_instance_uid,
                                   const dicom::DicomDataset& attributes) {
  if (!is_open()) return {not_open()};
  const T_ASC_PresentationContextID pcid =
      engine_->findAnyPresentationContextID(std::string(sop_class_uid).c_str(), "");
  if (pcid == 0) return {no_context(sop_class_uid)};
  T_DIMSE_Message request{};
  request.CommandField = DIMSE_N_CREATE_RQ;
  auto& rq = request.msg.NCreateRQ;
  rq.MessageID = engine_->next_message_id();
  rq.DataSetType = DIMSE_DATASET_PRESENT;
  copy_uid(rq.AffectedSOPClassUID, sop_class_uid);
  if (!sop_instance_uid.empty()) {
    copy_uid(rq.AffectedSOPInstanceUID, sop_instance_uid);
    rq.opts = O_NCREATE_AFFECTEDSOPINSTANCEUID;
  }
  NResult result = n_service(*engine_, pcid, request, attributes, "N-CREATE at " + peer(),
                             [](const T_DIMSE_Message& response, NResult& r) {
                               r.status = response.msg.NCreateRSP.DimseStatus;
                               r.affected_sop_instance_uid = response.msg.NCreateRSP.AffectedSOPInstanceUID;
                             });
  settle(result);
  return result;
}

NResult DicomAssociation::n_set(std::string_view sop_class_uid, std::string_view sop_instance_uid,
                                const dicom::DicomDataset& modifications) {
  if (!is_open()) return {not_open()};
  const T_ASC_PresentationContextID pcid =
      engine_->findAnyPresentationContextID(std::string(sop_class_uid).c_str(), "");
  if (pcid == 0) return {no_context(sop_class_uid)};
  T_DIMSE_Message request{};
  request.CommandField = DIMSE_N_SET_RQ;
  auto& rq = request.msg.NSetRQ;
  rq.MessageID = engine_->next_message_id();
  rq.DataSetType = DIMSE_DATASET_PRESENT;
  copy_uid(rq.RequestedSOPClassUID, sop_class_uid);
  copy_uid(rq.RequestedSOPInstanceUID, sop_instance_uid);
  NResult result = n_service(*engine_, pcid, request, modifications, "N-SET at " + peer(),
                             [](const T_DIMSE_Message& response, NResult& r) {
                               r.status = response.msg.NSetRSP.DimseStatus;
                               r.affected_sop_instance_uid = response.msg.NSetRSP.AffectedSOPInstanceUID;
                             });
  settle(result);
  return result;
}

NResult DicomAssociation::n_action(std::string_view sop_class_uid, std::string_view sop_instance_uid,
                                   std::uint16_t action_type, const dicom::DicomDataset& action_information) {
  if (!is_open()) return {not_open()};
  // Any accepted context for the class, whatever role was negotiated (PS3.7 D.3.3.4): DcmSCU's
  // findPresentationContextID would also demand the default role.
  const T_ASC_PresentationContextID pcid =
      engine_->findAnyPresentationContextID(std::string(sop_class_uid).c_str(), "");
  if (pcid == 0) return {no_context(sop_class_uid)};
  T_DIMSE_Message request{};
  request.CommandField = DIMSE_N_ACTION_RQ;
  auto& rq = request.msg.NActionRQ;
  rq.MessageID = engine_->next_message_id();
  rq.DataSetType = DIMSE_DATASET_PRESENT;
  rq.ActionTypeID = action_type;
  copy_uid(rq.RequestedSOPClassUID, sop_class_uid);
  copy_uid(rq.RequestedSOPInstanceUID, sop_instance_uid);
  NResult result = n_service(*engine_, pcid, request, action_information, "N-ACTION at " + peer(),
                             [](const T_DIMSE_Message& response, NResult& r) {
                               r.status = response.msg.NActionRSP.DimseStatus;
                               r.affected_sop_instance_uid = response.msg.NActionRSP.AffectedSOPInstanceUID;
                             });
  settle(result);
  return result;
}

ReceivedEventReport DicomAssociation::wait_event_report(std::chrono::seconds deadline) {
  if (!is_open()) return {not_open()};
  ReceivedEventReport report;
  std::unique_ptr<DcmDataset> information;
  static_cast<DicomOutcome&>(report) = engine_->outcome(
      engine_->run_event_report(static_cast<int>(std::max<long>(1, deadline.count())), report, information),
      "N-EVENT-REPORT from " + peer());
  if (information) report.event_information = from_dcmtk(*information);
  // Nothing arriving within the deadline leaves the association intact (no request is outstanding).
  if (report.error != DicomError::timeout) settle(report);
  return report;
}

}  // namespace ihe::net
