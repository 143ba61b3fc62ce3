#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/common/transaction_log.h"
#include "actors/image_display/image_display.h"
#include "reports/model/target.h"
#include "scenarios/engine/exchange_registry.h"
#include "scenarios/exchanges/harness_servers.h"
#include "scenarios/exchanges/hl7_harness.h"

namespace ihe::scenarios {

// The simulated actors the harness plays in one run, made from the run's target, started on first use and
// kept until the run ends (their listening ports stay put between scenarios): against an Image Manager SUT
// an Acquisition Modality (RAD-6/7/8/10; its listener on the target's harness_dicom takes storage
// commitment reports) and an Image Display (RAD-14/16; its storage SCP on harness_storage is the C-MOVE
// destination); the servers a modality SUT talks to; the HL7 sender and receiver. What they publish on
// their TransactionLog becomes evidence of the current scenario.
class HarnessActors : public RunState {
 public:
  explicit HarnessActors(reports::Target target);
  ~HarnessActors() override;
  // Records what the actors publish as evidence of the scenario starting now.
  void attach(EvidenceLog& evidence);
  // Stops recording (the run's evidence log is about to go): records published later are dropped.
  void detach();
  // Keeps a record our actors published as Note evidence of the current scenario, if one is attached.
  void note(const actors::TransactionRecord& record, const std::string& from, const std::string& to);
  actors::AcquisitionModality& modality();
  actors::ImageDisplay& display();
  // The servers a modality SUT talks to (started on first use).
  HarnessServers& servers();
  // The HL7 sender to the SUT and receiver for what it sends (made on first use).
  HarnessHl7& hl7();

 private:
  const reports::Target target_;
  std::mutex evidence_mutex_;  // actors publish from their threads while the run attaches and detaches
  EvidenceLog* evidence_ = nullptr;
  actors::TransactionLog log_;
  std::unique_ptr<actors::AcquisitionModality> modality_;
  std::unique_ptr<actors::ImageDisplay> display_;
  std::unique_ptr<HarnessServers> servers_;
  std::unique_ptr<HarnessHl7> hl7_;
};

// One scenario's state against an Image Manager: the procedure its steps perform (made by the first step
// that needs it, from that step's patient-id, patient-name, accession, study-uid and procedures), the series
// and instances stored so far, and the last storage commitment.
class HarnessSide : public ScenarioState {
 public:
  explicit HarnessSide(HarnessActors& actors) : actors_(actors) {}
  ~HarnessSide() override { actors_.detach(); }
  HarnessActors& actors() { return actors_; }
  actors::PerformedProcedureStep& procedure(const Step& step);

  std::vector<actors::PerformedSeries> series;
  std::vector<actors::InstanceRef> stored;
  std::optional<actors::CommitmentResult> commitment;
  std::vector<actors::InstanceRef> commitment_request;
  std::string commitment_request_evidence;
  // Against a modality SUT: the worklist item the harness published, and where in the servers' inbox this
  // scenario's awaits look next.
  std::optional<dicom::DicomDataset> worklist_item;
  std::size_t inbox_next = 0;
  // Against a modality SUT, unscheduled case (send RAD-5 steps=0): the patient the operator is told to enter.
  std::string unscheduled_patient_id;
  // HL7: where this scenario's messages start in the harness receiver's list, and those awaits took.
  std::optional<std::size_t> hl7_first;
  std::set<std::size_t> hl7_taken;
  // Against an Order Filler: the first item its worklist answered (query RAD-5), the step MPPS performs.
  std::optional<dicom::DicomDataset> queried_item;

 private:
  HarnessActors& actors_;
  std::optional<actors::PerformedProcedureStep> procedure_;
};

// The procedure parameters every step that may create the procedure accepts, plus `extra` when given.
// RAD-6 and RAD-8 also take procedure=same|new|unscheduled (kProcedureChoice).
inline constexpr const char* kProcedureChoice = "procedure";
std::set<std::string> procedure_params(const std::string& extra = {});
// The requested procedures the step performs, as outcome values: rp-ids, sps-ids and accessions, each
// space-separated in worklist item order (two values each in the group case; empty when unscheduled).
std::map<std::string, std::string> request_values(const actors::PerformedProcedureStep& procedure);

}  // namespace ihe::scenarios
