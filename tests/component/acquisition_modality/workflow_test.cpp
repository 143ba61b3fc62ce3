// The modality's scheduled workflow against a scripted Order Filler and Image Manager: what it sends in
// RAD-5, 6, 7, 8 and 10, read back from what the scripted peers received.
#include <gtest/gtest.h>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/acquisition_modality/faults.h"
#include "actors/acquisition_modality/modality_tags.h"
#include "actors/acquisition_modality/rad_005_worklist_query.h"
#include "base/harness_error.h"
#include "tests/component/acquisition_modality/scripted_departments.h"
#include "tests/unit/acquisition_modality/sample_worklist.h"

namespace ihe::test {
namespace {

namespace t = actors::tags;
using actors::AcquisitionModality;
using actors::TransactionLog;
using actors::TransactionRecord;

struct Run {
  actors::WorkflowOutcome outcome;
  ScriptedDepartments::Seen seen;
  std::vector<TransactionRecord> records;
};

Run run_workflow(CommitmentReply reply, const std::vector<std::string>& faults = {}) {
  ScriptedDepartments departments({sample_worklist_item()}, reply);
  TransactionLog log;
  Run run;
  std::mutex mutex;
  log.subscribe([&](const TransactionRecord& r) {
    const std::lock_guard lock(mutex);
    run.records.push_back(r);
  });
  auto config = departments.modality_config();
  if (reply == CommitmentReply::Never) config.commitment_deadline = std::chrono::seconds(2);
  AcquisitionModality modality(
      config, log, actors::FaultSwitches::select(actors::acquisition_modality_faults(), faults, "modality"));
  modality.start();
  departments.set_report_destination(modality.listener_port());
  run.outcome = modality.run_scheduled_workflow();
  modality.stop();
  run.seen = departments.seen();
  return run;
}

TEST(ModalityWorkflow, SendsMppsAndImagesBuiltFromTheWorklistItem) {
  const auto run = run_workflow(CommitmentReply::NewAssociation);
  ASSERT_EQ(run.seen.queries.size(), 1u);
  EXPECT_EQ(
      run.seen.queries[0].items(t::ScheduledProcedureStepSequence)[0].string(t::ScheduledStationAeTitle),
      "MODALITY1");
  ASSERT_TRUE(run.outcome.step);
  const auto& step = *run.outcome.step;

  ASSERT_EQ(run.seen.mpps.size(), 2u);
  const auto& create = run.seen.mpps[0];
  EXPECT_EQ(create.command, net::DimseCommand::NCreate);
  EXPECT_EQ(create.sop_instance_uid, step.sop_instance_uid);
  EXPECT_EQ(create.dataset.string(t::PpsStatus), "IN PROGRESS");
  EXPECT_EQ(create.dataset.items(t::ScheduledStepAttributesSequence)[0].string(t::AccessionNumber), "ACC001");
  const auto& set = run.seen.mpps[1];
  EXPECT_EQ(set.command, net::DimseCommand::NSet);
  EXPECT_EQ(set.sop_instance_uid, step.sop_instance_uid);
  EXPECT_EQ(set.dataset.string(t::PpsStatus), "COMPLETED");

  ASSERT_EQ(run.seen.images.size(), 3u);
  const auto& listed = set.dataset.items(t::PerformedSeriesSequence)[0].items(t::ReferencedImageSequence);
  ASSERT_EQ(listed.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& image = run.seen.images[i];
    EXPECT_EQ(image.string(t::StudyInstanceUid), "2.25.4242");
    EXPECT_EQ(image.string(t::AccessionNumber), "ACC001");
    EXPECT_EQ(image.string(t::PatientId), "PAT001");
    EXPECT_EQ(listed[i].string(t::ReferencedSopInstanceUid), image.string(t::SopInstanceUid));
  }

  ASSERT_EQ(run.seen.commitments.size(), 1u);
  EXPECT_EQ(run.seen.commitments[0].type_id, 1);
  EXPECT_EQ(run.seen.commitments[0].dataset.items(t::ReferencedSopSequence).size(), 3u);
  ASSERT_TRUE(run.outcome.commitment);
  ASSERT_TRUE(run.outcome.commitment->report) << "no report";
  EXPECT_FALSE(run.outcome.commitment->report->same_association);
  EXPECT_EQ(run.outcome.commitment->report->calling_ae, "IM");
  EXPECT_EQ(run.outcome.commitment->report->committed.size(), 3u);
  EXPECT_TRUE(run.outcome.commitment->report->failed.empty());

  std::set<std::string> transactions;
  for (const auto& r : run.records) transactions.insert(r.transaction);
  EXPECT_EQ(transactions, (std::set<std::string>{"RAD-5", "RAD-6", "RAD-7", "RAD-8", "RAD-10"}));
}

TEST(ModalityWorkflow, AcceptsTheCommitmentReportOnTheSameAssociation) {
  const auto run = run_workflow(CommitmentReply::SameAssociation);
  ASSERT_TRUE(run.outcome.commitment && run.outcome.commitment->report);
  EXPECT_TRUE(run.outcome.commitment->report->same_association);
  EXPECT_EQ(run.outcome.commitment->report->committed.size(), 3u);
  EXPECT_TRUE(run.outcome.commitment->ok());
}

TEST(ModalityWorkflow, AMissingCommitmentReportEndsAtTheDeadline) {
  const auto run = run_workflow(CommitmentReply::Never);
  ASSERT_TRUE(run.outcome.commitment);
  EXPECT_EQ(run.outcome.commitment->action.status, 0);
  EXPECT_FALSE(run.outcome.commitment->report);
  EXPECT_FALSE(run.outcome.commitment->ok());
}

// Each fault switch changes what goes on the wire (compared with the same run without it).
TEST(ModalityFaults, ImagesDropAccessionNumber) {
  const auto run = run_workflow(CommitmentReply::SameAssociation, {"images-drop-accession-number"});
  ASSERT_FALSE(run.seen.images.empty());
  for (const auto& image : run.seen.images) EXPECT_FALSE(image.contains(t::AccessionNumber));
}

TEST(ModalityFaults, ImagesDropRequestAttributes) {
  const auto run = run_workflow(CommitmentReply::SameAssociation, {"images-drop-request-attributes"});
  ASSERT_FALSE(run.seen.images.empty());
  for (const auto& image : run.seen.images) EXPECT_FALSE(image.contains(t::RequestAttributesSequence));
}

TEST(ModalityFaults, ImagesNewStudyUid) {
  const auto run = run_workflow(CommitmentReply::SameAssociation, {"images-new-study-uid"});
  ASSERT_FALSE(run.seen.images.empty());
  for (const auto& image : run.seen.images) {
    EXPECT_NE(image.string(t::StudyInstanceUid), "2.25.4242");
    EXPECT_EQ(image.string(t::StudyInstanceUid), run.seen.images[0].string(t::StudyInstanceUid));
  }
  // The MPPS still names the scheduled study: only the images lose it.
  EXPECT_EQ(run.seen.mpps[0].dataset.items(t::ScheduledStepAttributesSequence)[0].string(t::StudyInstanceUid),
            "2.25.4242");
}

TEST(ModalityFaults, MppsMissingSsas) {
  const auto run = run_workflow(CommitmentReply::SameAssociation, {"mpps-missing-ssas"});
  ASSERT_FALSE(run.seen.mpps.empty());
  EXPECT_FALSE(run.seen.mpps[0].dataset.contains(t::ScheduledStepAttributesSequence));
}

TEST(ModalityFaults, MppsNoPerformedSeries) {
  const auto run = run_workflow(CommitmentReply::SameAssociation, {"mpps-no-performed-series"});
  ASSERT_EQ(run.seen.mpps.size(), 2u);
  EXPECT_EQ(run.seen.mpps[1].dataset.string(t::PpsStatus), "COMPLETED");
  EXPECT_FALSE(run.seen.mpps[1].dataset.contains(t::PerformedSeriesSequence));
}

TEST(ModalityFaults, MppsIncompleteImageList) {
  const auto run = run_workflow(CommitmentReply::SameAssociation, {"mpps-incomplete-image-list"});
  ASSERT_EQ(run.seen.mpps.size(), 2u);
  EXPECT_EQ(run.seen.images.size(), 3u);
  EXPECT_EQ(
      run.seen.mpps[1].dataset.items(t::PerformedSeriesSequence)[0].items(t::ReferencedImageSequence).size(),
      2u);
}

TEST(ModalityFaults, StgcmtSkip) {
  const auto run = run_workflow(CommitmentReply::SameAssociation, {"stgcmt-skip"});
  EXPECT_EQ(run.seen.images.size(), 3u);
  EXPECT_TRUE(run.seen.commitments.empty());
  EXPECT_FALSE(run.outcome.commitment);
}

// The step API: a discontinued step (PPS Exception Management, spec digest 3.2) with its reason code.
TEST(ModalitySteps, DiscontinuedStepCarriesReason110514) {
  ScriptedDepartments departments({sample_worklist_item()}, CommitmentReply::SameAssociation);
  TransactionLog log;
  AcquisitionModality modality(departments.modality_config(), log);
  const auto items =
      modality.query_worklist(actors::worklist_identifier(actors::PatientWorklistQuery{"PAT001"}));
  ASSERT_EQ(items.matches.size(), 1u);
  const auto step = modality.begin_step(items.matches);
  EXPECT_EQ(modality.report_in_progress(step).status, 0);
  EXPECT_EQ(
      modality
          .report_final(step, actors::PpsFinalStatus::Discontinued, {}, actors::incorrect_worklist_entry())
          .status,
      0);
  const auto seen = departments.seen();
  ASSERT_EQ(seen.mpps.size(), 2u);
  EXPECT_EQ(seen.mpps[1].dataset.string(t::PpsStatus), "DISCONTINUED");
  EXPECT_EQ(seen.mpps[1].dataset.find_path("0040,0281[0]/0008,0100")->joined(), "110514");
}

}  // namespace
}  // namespace ihe::test

namespace ihe::test {
namespace {

namespace t = actors::tags;

// Append case (MESA 231): after a completed step, a second MPPS for the same SPS, with its own PPS ID.
TEST(ModalitySteps, AppendCaseSendsASecondMppsWithADifferentPpsId) {
  ScriptedDepartments departments({sample_worklist_item()}, CommitmentReply::SameAssociation);
  actors::TransactionLog log;
  actors::AcquisitionModality modality(departments.modality_config(), log);
  const auto first = modality.begin_step({sample_worklist_item()});
  modality.report_in_progress(first);
  modality.report_final(first, actors::PpsFinalStatus::Completed, {});
  const auto appended = actors::append_step(first, modality.uids());
  modality.report_in_progress(appended);
  modality.report_final(appended, actors::PpsFinalStatus::Completed, {});
  const auto seen = departments.seen();
  ASSERT_EQ(seen.mpps.size(), 4u);
  const auto& a = seen.mpps[0];
  const auto& b = seen.mpps[2];
  EXPECT_EQ(b.command, net::DimseCommand::NCreate);
  EXPECT_NE(a.sop_instance_uid, b.sop_instance_uid);
  EXPECT_NE(a.dataset.string(t::PpsId), b.dataset.string(t::PpsId));
  EXPECT_EQ(b.dataset.items(t::ScheduledStepAttributesSequence)[0].string(t::SpsId), "SPS001");
  EXPECT_EQ(seen.mpps[3].sop_instance_uid, b.sop_instance_uid);
}

// Group case (Modality Group Case option): one MPPS for two SPS, one SSAS and one RAS item each.
TEST(ModalitySteps, GroupCaseSendsOneMppsForTwoScheduledSteps) {
  ScriptedDepartments departments({}, CommitmentReply::SameAssociation);
  actors::TransactionLog log;
  actors::AcquisitionModality modality(departments.modality_config(), log);
  const auto step = modality.begin_step({sample_worklist_item("1"), sample_worklist_item("2")});
  modality.report_in_progress(step);
  std::vector<dicom::DicomDataset> images;
  const auto series = modality.acquire(step, 1, 1, images);
  EXPECT_TRUE(modality.store(images).all_stored());
  modality.report_final(step, actors::PpsFinalStatus::Completed, {series});
  const auto seen = departments.seen();
  ASSERT_EQ(seen.mpps.size(), 2u);
  EXPECT_EQ(seen.mpps[0].dataset.items(t::ScheduledStepAttributesSequence).size(), 2u);
  ASSERT_EQ(seen.images.size(), 1u);
  EXPECT_EQ(seen.images[0].items(t::RequestAttributesSequence).size(), 2u);
  EXPECT_EQ(seen.images[0].find_path("RequestAttributesSequence[1]/ScheduledProcedureStepID")->joined(),
            "SPS002");
}

}  // namespace
}  // namespace ihe::test

namespace ihe::test {
namespace {

namespace t = actors::tags;

// Unscheduled case (spec digest 3.2): SSAS with zero-length request values around our own Study UID, and
// images with a zero-length Accession Number in that study.
TEST(ModalitySteps, UnscheduledStepSendsZeroLengthRequestValues) {
  ScriptedDepartments departments({}, CommitmentReply::SameAssociation);
  actors::TransactionLog log;
  actors::AcquisitionModality modality(departments.modality_config(), log);
  dicom::DicomDataset patient;
  patient.set(t::PatientName, "DOE^J1");
  patient.set(t::PatientId, "TMP001");
  const auto step = modality.begin_unscheduled_step(patient);
  modality.report_in_progress(step);
  std::vector<dicom::DicomDataset> images;
  modality.acquire(step, 1, 1, images);
  EXPECT_TRUE(modality.store(images).all_stored());
  const auto seen = departments.seen();
  ASSERT_EQ(seen.mpps.size(), 1u);
  const auto& ssas = seen.mpps[0].dataset.items(t::ScheduledStepAttributesSequence);
  ASSERT_EQ(ssas.size(), 1u);
  EXPECT_EQ(ssas[0].string(t::StudyInstanceUid), step.study_uid);
  for (const auto tag : {t::AccessionNumber, t::RequestedProcedureId, t::SpsId, t::SpsDescription})
    EXPECT_EQ(ssas[0].string(tag), "") << tag.to_string();
  ASSERT_EQ(seen.images.size(), 1u);
  EXPECT_EQ(seen.images[0].string(t::AccessionNumber), "");
  EXPECT_EQ(seen.images[0].string(t::StudyInstanceUid), step.study_uid);
  EXPECT_EQ(seen.images[0].string(t::PatientId), "TMP001");
  EXPECT_THROW(modality.begin_step({}), HarnessError);
}

}  // namespace
}  // namespace ihe::test
