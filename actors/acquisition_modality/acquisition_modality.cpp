#include "actors/acquisition_modality/acquisition_modality.h"

#include <fmt/core.h>

#include "actors/acquisition_modality/image_generator.h"
#include "actors/acquisition_modality/rad_005_worklist_query.h"
#include "actors/acquisition_modality/rad_006_007_mpps.h"
#include "base/harness_error.h"

namespace ihe::actors {

AcquisitionModality::AcquisitionModality(ModalityConfig config, TransactionLog& log, FaultSwitches faults)
    : config_(std::move(config)),
      log_(log),
      faults_(std::move(faults)),
      listener_(config_.ae_title, config_.port, &log, faults_.on("stgcmt-refuse-report")) {}

AcquisitionModality::~AcquisitionModality() {
  stop();
}

void AcquisitionModality::start() {
  listener_.start();
  if (config_.workflow.run_once) workflow_ = std::thread([this] { run_scheduled_workflow(); });
}

void AcquisitionModality::stop() {
  listener_.inbox().close();  // a workflow waiting for a commitment report gives up now
  if (workflow_.joinable()) workflow_.join();
  listener_.stop();
}

std::string AcquisitionModality::describe() const {
  return fmt::format("acquisition-modality {} ({}) listening for storage commitment reports on port {}",
                     config_.ae_title, config_.station.modality, listener_.port());
}

ScuContext AcquisitionModality::scu() const {
  return {config_.ae_title, config_.timeouts, &log_};
}

const Endpoint& AcquisitionModality::require(const std::optional<Endpoint>& peer,
                                             std::string_view what) const {
  if (!peer) throw HarnessError("acquisition modality: no " + std::string(what) + " configured");
  return *peer;
}

net::FindResult AcquisitionModality::query_worklist(const dicom::DicomDataset& identifier) {
  return rad5_query_worklist(scu(), require(config_.order_filler, "<order-filler>"), identifier);
}

Station AcquisitionModality::station() const {
  Station station = config_.station;
  station.ae_title = config_.ae_title;
  return station;
}

PerformedProcedureStep AcquisitionModality::begin_step(std::vector<dicom::DicomDataset> mwl_items) {
  if (mwl_items.empty())
    throw HarnessError(
        "acquisition modality: a scheduled step needs a worklist item (else begin_unscheduled_step)");
  return numbered(scheduled_step(std::move(mwl_items), station(), uids_));
}

PerformedProcedureStep AcquisitionModality::begin_unscheduled_step(dicom::DicomDataset patient) {
  return numbered(unscheduled_step(std::move(patient), station(), uids_));
}

net::NResult AcquisitionModality::report_in_progress(const PerformedProcedureStep& step) {
  return rad6_mpps_in_progress(scu(), require(config_.pps_manager(), "<mpps> or <order-filler>"), step,
                               faults_);
}

PerformedSeries AcquisitionModality::acquire(const PerformedProcedureStep& step, int number, int images,
                                             std::vector<dicom::DicomDataset>& out) {
  PerformedSeries series = plan_series(step, number, uids_, faults_);
  auto generated = generate_images(step, series, images, uids_, faults_);
  out.insert(out.end(), std::make_move_iterator(generated.begin()), std::make_move_iterator(generated.end()));
  return series;
}

StoreReport AcquisitionModality::store(const std::vector<dicom::DicomDataset>& images) {
  return rad8_store_images(scu(), require(config_.image_manager, "<image-manager>"), images);
}

net::NResult AcquisitionModality::report_final(const PerformedProcedureStep& step, PpsFinalStatus status,
                                               const std::vector<PerformedSeries>& series,
                                               const std::optional<Code>& reason) {
  return rad7_mpps_final(scu(), require(config_.pps_manager(), "<mpps> or <order-filler>"), step, status,
                         series, reason, faults_);
}

CommitmentResult AcquisitionModality::commit(const std::vector<InstanceRef>& instances,
                                             std::optional<ReportChannel> channel) {
  return rad10_storage_commitment(scu(), require(config_.image_manager, "<image-manager>"), instances,
                                  uids_.uid(), channel.value_or(config_.report_channel), &listener_.inbox(),
                                  config_.commitment_deadline);
}

}  // namespace ihe::actors
