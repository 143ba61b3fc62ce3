#include "scenarios/exchanges/harness_side.h"

#include "actors/acquisition_modality/modality_tags.h"
#include "base/harness_error.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/synthetic_order.h"

namespace ihe::scenarios {
namespace {

actors::Endpoint sut_endpoint(const reports::Target& target) {
  return {target.dicom.ae_title, target.dicom.host, target.dicom.port};
}

net::AssociationTimeouts timeouts_of(const reports::Target& target) {
  const std::chrono::seconds t(target.timeout_seconds);
  return {t, t, t};
}

}  // namespace

HarnessActors::HarnessActors(reports::Target target) : target_(std::move(target)) {
  // Records in words (who called, which outcome) beside the data set dumps the exchanges record.
  log_.subscribe([this](const actors::TransactionRecord& r) { note(r, "harness", "SUT"); });
}

HarnessActors::~HarnessActors() {
  if (modality_) modality_->stop();
  if (display_) display_->stop();
}

HarnessServers& HarnessActors::servers() {
  if (!servers_)
    servers_ = std::make_unique<HarnessServers>(
        target_, [this](const actors::TransactionRecord& r) { note(r, "SUT", "harness"); });
  return *servers_;
}

HarnessHl7& HarnessActors::hl7() {
  if (!hl7_) hl7_ = std::make_unique<HarnessHl7>(target_);
  return *hl7_;
}

void HarnessActors::attach(EvidenceLog& evidence) {
  std::lock_guard lock(evidence_mutex_);
  evidence_ = &evidence;
}

void HarnessActors::detach() {
  std::lock_guard lock(evidence_mutex_);
  evidence_ = nullptr;
}

void HarnessActors::note(const actors::TransactionRecord& r, const std::string& from, const std::string& to) {
  std::lock_guard lock(evidence_mutex_);
  if (evidence_)
    evidence_->add(reports::EvidenceKind::Note, from, to, r.transaction,
                   "actor log: " + r.summary + " (peer " + r.peer + ") -> " + r.outcome, "");
}

actors::AcquisitionModality& HarnessActors::modality() {
  if (modality_) return *modality_;
  if (target_.dicom.port == 0) throw HarnessError("target: the SUT has no DICOM service (<dicom port>)");
  actors::ModalityConfig config;
  config.ae_title = target_.harness_dicom.ae_title.empty() ? "IHE_HARNESS" : target_.harness_dicom.ae_title;
  config.port = target_.harness_dicom.port;
  config.station.ae_title = config.ae_title;
  config.image_manager = sut_endpoint(target_);
  config.mpps = sut_endpoint(target_);
  config.order_filler = sut_endpoint(target_);  // RAD-5 against an Order Filler SUT
  config.timeouts = timeouts_of(target_);
  config.commitment_deadline = std::chrono::seconds(target_.timeout_seconds);
  auto actor = std::make_unique<actors::AcquisitionModality>(config, log_);
  actor->start();  // a port that cannot be bound throws before we keep the actor
  modality_ = std::move(actor);
  return *modality_;
}

actors::ImageDisplay& HarnessActors::display() {
  if (display_) return *display_;
  if (target_.harness_storage.port == 0 || target_.harness_storage.ae_title.empty())
    throw HarnessError(
        "target: RAD-16 needs <harness-storage aet port> (the C-MOVE destination the SUT knows)");
  actors::ImageDisplayConfig config;
  config.ae_title = target_.harness_storage.ae_title;
  config.port = target_.harness_storage.port;
  config.image_archive = sut_endpoint(target_);
  const std::chrono::seconds t(target_.timeout_seconds);
  config.timeouts = {t, t, t};
  auto actor = std::make_unique<actors::ImageDisplay>(config, actors::FaultSwitches{}, log_);
  actor->start();  // a port that cannot be bound throws before we keep the actor
  display_ = std::move(actor);
  return *display_;
}

// procedure="new" starts another procedure (a second patient or study); "unscheduled" starts one without
// a worklist item, the demographics as typed at the console (PIR case 3, MESA 105).
actors::PerformedProcedureStep& HarnessSide::procedure(const Step& step) {
  const auto which = param_or(step, kProcedureChoice, "same");
  if (which != "same" && which != "new" && which != "unscheduled")
    throw HarnessError(step.where + ": procedure must be same, new or unscheduled, not '" + which + "'");
  if (which != "same") procedure_.reset();
  if (procedure_) return *procedure_;
  auto& modality = actors_.modality();
  auto items = queried_item ? std::vector<dicom::DicomDataset>{*queried_item}
                            : synthetic_worklist_items(step, modality);
  if (which == "unscheduled") {
    dicom::DicomDataset patient;
    for (const auto tag : {actors::tags::PatientName, actors::tags::PatientId, actors::tags::PatientBirthDate,
                           actors::tags::PatientSex})
      if (const auto* element = items.front().find(tag)) patient.insert(*element);
    procedure_ = modality.begin_unscheduled_step(std::move(patient));
  } else {
    procedure_ = modality.begin_step(std::move(items));
  }
  return *procedure_;
}

std::set<std::string> procedure_params(const std::string& extra) {
  std::set<std::string> params{"patient-id", "patient-name", "accession", "study-uid", "procedures"};
  if (!extra.empty()) params.insert(extra);
  return params;
}

std::map<std::string, std::string> request_values(const actors::PerformedProcedureStep& procedure) {
  namespace tags = actors::tags;
  std::map<std::string, std::string> values{{"rp-ids", ""}, {"sps-ids", ""}, {"accessions", ""}};
  auto append = [&values](const char* name, const std::optional<std::string>& value) {
    auto& list = values[name];
    list += (list.empty() ? "" : " ") + value.value_or("");
  };
  for (const auto& item : procedure.scheduled) {
    append("rp-ids", item.string(tags::RequestedProcedureId));
    append("accessions", item.string(tags::AccessionNumber));
    const auto& steps = item.items(tags::ScheduledProcedureStepSequence);
    append("sps-ids", steps.empty() ? std::nullopt : steps.front().string(tags::SpsId));
  }
  return values;
}

}  // namespace ihe::scenarios
