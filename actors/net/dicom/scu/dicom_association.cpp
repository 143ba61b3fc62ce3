#include "actors/net/dicom/scu/dicom_association.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/oflog/oflog.h>
#include <fmt/core.h>

#include <mutex>

#include "actors/net/dicom/scu/scu_engine.h"
#include "actors/net/dicom/transport/condition.h"

namespace ihe::net {
namespace {

// PS3.8 9.3.4, Table 9-21: reasons by source.
std::string_view reject_reason(std::uint8_t source, std::uint8_t reason) {
  if (source == 1 && reason == 2) return "application context name not supported";
  if (source == 1 && reason == 3) return "calling AE title not recognized";
  if (source == 1 && reason == 7) return "called AE title not recognized";
  if (source == 2 && reason == 2) return "protocol version not supported";
  if (source == 3 && reason == 1) return "temporary congestion";
  if (source == 3 && reason == 2) return "local limit exceeded";
  if (reason == 1 && source != 3) return "no reason given";
  return "reserved reason";
}

std::string_view reject_source(std::uint8_t source) {
  switch (source) {
    case 1:
      return "service user";
    case 2:
      return "service provider (ACSE)";
    case 3:
      return "service provider (presentation)";
    default:
      return "unknown source";
  }
}

}  // namespace

DicomOutcome outcome_of(const OFCondition& condition, std::string_view context) {
  if (condition.good()) return {};
  return {to_error_code(condition), fmt::format("{}: {}", context, condition.text())};
}

std::string AssociateReject::to_string() const {
  return fmt::format("rejected {} by {}: {} (result {}, source {}, reason {})",
                     result == 1   ? "permanent"
                     : result == 2 ? "transient"
                                   : "(unknown result)",
                     reject_source(source), reject_reason(source, reason), result, source, reason);
}

DicomAssociation::DicomAssociation(AssociationParams params) : params_(std::move(params)) {
  quiet_dcmtk_logging();
  // Every error DcmSCU logs also comes back to us as an OFCondition and ends up in the result's detail; its
  // own "E:" lines would only repeat it on stderr, around the one line a command prints.
  static std::once_flag once;
  std::call_once(once, [] { OFLog::getLogger("dcmtk.dcmnet").setLogLevel(OFLogger::FATAL_LOG_LEVEL); });
}

DicomAssociation::~DicomAssociation() {
  if (is_open()) release();
}

DicomAssociation::DicomAssociation(DicomAssociation&&) noexcept = default;
DicomAssociation& DicomAssociation::operator=(DicomAssociation&&) noexcept = default;

std::string DicomAssociation::peer() const {
  return fmt::format("{}@{}:{}", params_.called_ae, params_.host, params_.port);
}

DicomOutcome DicomAssociation::not_open() const {
  return {DicomError::association_aborted, peer() + ": no open association"};
}

void DicomAssociation::settle(const DicomOutcome& outcome) {
  if (!outcome.error || !engine_) return;
  const auto error = outcome.error;
  if (error == DicomError::association_aborted) {
    engine_->closeAssociation(DCMSCU_PEER_ABORTED_ASSOCIATION);
  } else if (error == DicomError::timeout || error == DicomError::protocol_error ||
             error == DicomError::peer_released || error == DicomError::dimse_failure) {
    // PS3.8 9.1.6: after a timeout, a protocol error or a failed send the state is unknown: abort.
    engine_->abortAssociation();
  } else {
    return;  // the association itself is fine (no context for this SOP class, unreadable file ...)
  }
  engine_.reset();
}

DicomOutcome DicomAssociation::open() {
  if (is_open()) return {};
  rejection_.reset();
  engine_ = std::make_unique<ScuEngine>(params_);
  const OFCondition condition = engine_->connect();
  if (condition.good()) return {};
  DicomOutcome outcome = engine_->outcome(condition, "association with " + peer());
  if (outcome.error == DicomError::association_rejected) {
    rejection_ = engine_->rejection();
    if (rejection_) outcome.detail += ": " + rejection_->to_string();
  }
  // No accepted context still leaves an association: release it politely (PS3.8 7.2).
  if (engine_->isConnected()) engine_->release();
  engine_.reset();
  return outcome;
}

bool DicomAssociation::is_open() const {
  return engine_ && engine_->isConnected();
}

bool DicomAssociation::accepted(std::string_view abstract_syntax) const {
  return is_open() && engine_->findAnyPresentationContextID(std::string(abstract_syntax).c_str(), "") != 0;
}

DicomOutcome DicomAssociation::release() {
  if (!is_open()) return not_open();
  DicomOutcome outcome = engine_->outcome(engine_->release(), "release of " + peer());
  engine_.reset();
  return outcome;
}

void DicomAssociation::abort() {
  if (is_open()) engine_->abortAssociation();
  engine_.reset();
}

DimseResult DicomAssociation::echo() {
  if (!is_open()) return {not_open()};
  const T_ASC_PresentationContextID pcid =
      engine_->findAnyPresentationContextID(UID_VerificationSOPClass, "");
  if (pcid == 0) return {no_context(sop_class::kVerification)};
  T_DIMSE_Message request{};
  request.CommandField = DIMSE_C_ECHO_RQ;
  request.msg.CEchoRQ.MessageID = engine_->next_message_id();
  request.msg.CEchoRQ.DataSetType = DIMSE_DATASET_NULL;
  OFStandard::strlcpy(request.msg.CEchoRQ.AffectedSOPClassUID, UID_VerificationSOPClass,
                      sizeof request.msg.CEchoRQ.AffectedSOPClassUID);
  T_DIMSE_Message response{};
  DcmDataset* response_data = nullptr;
  DimseResult result{engine_->outcome(engine_->exchange(pcid, request, nullptr, response, response_data),
                                      "C-ECHO to " + peer())};
  delete response_data;
  if (result.ok()) result.status = response.msg.CEchoRSP.DimseStatus;
  settle(result);
  return result;
}

DicomOutcome DicomAssociation::no_context(std::string_view sop_class_uid) const {
  return {DicomError::no_presentation_context,
          fmt::format("{}: no accepted presentation context for SOP class {}", peer(), sop_class_uid)};
}

DimseResult DicomAssociation::store_file(const std::filesystem::path& file) {
  if (!is_open()) return {not_open()};
  const auto info = read_sop_info(file);
  if (!info)
    return {DicomOutcome{DicomError::unreadable_file, file.string() + ": missing or not a DICOM file"}};
  const T_ASC_PresentationContextID pcid =
      engine_->findAnyPresentationContextID(info->sop_class_uid.c_str(), info->transfer_syntax_uid.c_str());
  if (pcid == 0) return {no_context(info->sop_class_uid)};
  Uint16 status = 0;
  DimseResult result{engine_->outcome(engine_->store(pcid, file.c_str(), nullptr, status),
                                      fmt::format("C-STORE of {} to {}", file.string(), peer()))};
  if (result.ok()) result.status = status;
  settle(result);
  return result;
}

}  // namespace ihe::net
