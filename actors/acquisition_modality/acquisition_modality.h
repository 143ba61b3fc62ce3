#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "actors/acquisition_modality/commitment_listener.h"
#include "actors/acquisition_modality/config.h"
#include "actors/acquisition_modality/mpps_builder.h"
#include "actors/acquisition_modality/rad_008_store.h"
#include "actors/acquisition_modality/rad_010_storage_commitment.h"
#include "actors/common/fault_switches.h"
#include "actors/common/id_factory.h"
#include "actors/common/simulated_actor.h"

namespace ihe::actors {

// What one scheduled workflow did, step by step (each step also published its TransactionRecord).
struct WorkflowOutcome {
  net::FindResult worklist;                    // RAD-5
  std::optional<PerformedProcedureStep> step;  // unset when the worklist had no item
  std::optional<net::NResult> in_progress;     // RAD-6
  std::vector<PerformedSeries> series;
  StoreReport stored;                          // RAD-8
  std::optional<net::NResult> completed;       // RAD-7
  std::optional<CommitmentResult> commitment;  // RAD-10 (unset with fault stgcmt-skip)
};

// The IHE Acquisition Modality (RAD TF-1 SWF): its transactions as blocking calls against the configured
// Order Filler / PPS Manager / Image Manager, each bounded by the configured deadlines and publishing a
// TransactionRecord; and, as a SimulatedActor, a listener for storage commitment reports on new
// associations that optionally runs one scheduled workflow when started (<workflow run="once">).
class AcquisitionModality : public SimulatedActor {
 public:
  AcquisitionModality(ModalityConfig config, TransactionLog& log, FaultSwitches faults = {});
  ~AcquisitionModality() override;

  void start() override;
  void stop() override;
  std::string describe() const override;
  std::uint16_t listener_port() const { return listener_.port(); }
  // Instance Availability Notifications (RAD-49) the listener received, for scenario code.
  IanInbox& ian_inbox() { return listener_.ian_inbox(); }

  // The steps, for scenario code (each needs the peer it talks to configured: HarnessError otherwise).
  net::FindResult query_worklist(const dicom::DicomDataset& identifier);  // RAD-5
  // A step performing these worklist items (one: scheduled case; several: group case); not sent yet.
  PerformedProcedureStep begin_step(std::vector<dicom::DicomDataset> mwl_items);
  // A step without worklist item (unscheduled case): demographics as the operator typed them.
  PerformedProcedureStep begin_unscheduled_step(dicom::DicomDataset patient);
  net::NResult report_in_progress(const PerformedProcedureStep& step);  // RAD-6
  PerformedSeries acquire(const PerformedProcedureStep& step, int number, int images,
                          std::vector<dicom::DicomDataset>& out);     // image generation
  StoreReport store(const std::vector<dicom::DicomDataset>& images);  // RAD-8
  net::NResult report_final(const PerformedProcedureStep& step, PpsFinalStatus status,
                            const std::vector<PerformedSeries>& series,
                            const std::optional<Code>& reason = std::nullopt);  // RAD-7
  // RAD-10; `channel` overrides the configured report channel for this request.
  CommitmentResult commit(const std::vector<InstanceRef>& instances,
                          std::optional<ReportChannel> channel = std::nullopt);
  // RAD-5 (broad, or patient based with workflow.patient_id), then with the first item RAD-6, image
  // generation, RAD-8, RAD-7 COMPLETED, RAD-10.
  WorkflowOutcome run_scheduled_workflow();

  // What an operator does (app/modality_operator.cpp maps an operator step's action onto these;
  // operated_workflow.cpp). RAD-5 patient based, narrowed by accession when given: the items to perform.
  std::vector<dicom::DicomDataset> worklist_for(const std::string& patient_id, const std::string& accession);
  // For a step begun above: RAD-6, one series of images (numbered `series_number`), RAD-8, RAD-7 with
  // `status` (and `reason`, CID 9300, when discontinued), RAD-10. `worklist` is left empty.
  WorkflowOutcome perform(const PerformedProcedureStep& step,
                          PpsFinalStatus status = PpsFinalStatus::Completed,
                          const std::optional<Code>& reason = std::nullopt, int series_number = 1);
  // Append case (MESA 231): a new step for the scheduled steps `completed` performed.
  PerformedProcedureStep begin_append(const PerformedProcedureStep& completed);

  const ModalityConfig& config() const { return config_; }
  IdFactory& uids() { return uids_; }

 private:
  ScuContext scu() const;
  Station station() const;  // the configured one, with our AE title
  const Endpoint& require(const std::optional<Endpoint>& peer, std::string_view what) const;
  PerformedProcedureStep numbered(PerformedProcedureStep step);  // fault mpps-reuse-pps-id

  ModalityConfig config_;
  TransactionLog& log_;
  FaultSwitches faults_;
  IdFactory uids_;
  CommitmentListener listener_;
  std::thread workflow_;
  std::string first_pps_id_;                                                // fault mpps-reuse-pps-id
  std::map<std::string, std::vector<dicom::DicomDataset>> worklist_cache_;  // fault worklist-cached
};

}  // namespace ihe::actors
