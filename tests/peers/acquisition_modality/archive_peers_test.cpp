// The modality against real archives: the scheduled workflow with wlmscpfs as Order Filler and Orthanc as
// Image Manager (RAD-8 and RAD-10 with the report on a new association, targets.md 3.1 and pitfall 5),
// then our C-FIND shows what Orthanc stored; images into dcmqrscp; MPPS refused by Orthanc.
#include <gtest/gtest.h>

#include "actors/acquisition_modality/image_generator.h"
#include "actors/acquisition_modality/modality_tags.h"
#include "actors/acquisition_modality/rad_006_007_mpps.h"
#include "actors/acquisition_modality/rad_008_store.h"
#include "tests/peers/acquisition_modality/modality_peers.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace ihe::test {
namespace {

namespace t = actors::tags;

// Study Root C-FIND (PS3.4 C.6.2) of the study, from our SCU.
net::FindResult find_study(const actors::Endpoint& peer, const std::string& level,
                           const std::string& study_uid) {
  net::AssociationParams params{
      "MODALITY1", peer.ae_title, peer.host, peer.port, {net::contexts::study_root_find()}};
  net::DicomAssociation association(params);
  if (const auto opened = association.open(); !opened.ok()) return {};
  dicom::DicomDataset keys;
  keys.set(t::QueryRetrieveLevel, level);
  keys.set(t::StudyInstanceUid, study_uid);
  for (const auto tag : {t::AccessionNumber, t::PatientId, t::PatientName, t::StudyId})
    if (level == "STUDY") keys.set(tag, "");
  if (level == "IMAGE") {
    keys.set(t::SeriesInstanceUid, "");
    keys.set(t::SopInstanceUid, "");
  }
  auto result = association.find(net::sop_class::kStudyRootFind, keys);
  association.release();
  return result;
}

actors::ModalityConfig modality_config(std::uint16_t listener_port) {
  actors::ModalityConfig config;
  config.port = listener_port;
  config.commitment_deadline = std::chrono::seconds(20);
  return config;
}

TEST(ModalityWithOrthanc, ScheduledWorkflowStoresWorklistValuesAndGetsThemCommitted) {
  TempDir dir;
  RecordedLog recorded;
  const std::uint16_t listener_port = free_port();
  WlmscpfsServer wlm(dir.path(), "WLMSCP");
  write_worklist_item(wlm.worklist_dir() / "item.wl", today());
  OrthancServer orthanc(dir.path(), "ORTHANC", {{"MODALITY1", listener_port}});
  auto config = modality_config(listener_port);
  config.order_filler = loopback("WLMSCP", wlm.port());
  config.image_manager = loopback("ORTHANC", orthanc.dicom_port());
  actors::AcquisitionModality modality(config, recorded.log);
  modality.start();
  const auto outcome = modality.run_scheduled_workflow();
  modality.stop();

  ASSERT_EQ(outcome.worklist.matches.size(), 1u) << wlm.log();
  // wlmscpfs has no MPPS and rejects the association outright: a clean error, and the workflow went on.
  ASSERT_TRUE(outcome.in_progress);
  EXPECT_EQ(outcome.in_progress->error, net::DicomError::association_rejected) << outcome.in_progress->detail;
  EXPECT_FALSE(outcome.completed);  // no N-SET for an MPPS that was never created
  ASSERT_TRUE(outcome.stored.all_stored()) << orthanc.log();
  ASSERT_EQ(outcome.stored.images.size(), 3u);

  ASSERT_TRUE(outcome.commitment);
  EXPECT_EQ(outcome.commitment->action.status, 0) << outcome.commitment->action.detail;
  ASSERT_TRUE(outcome.commitment->report) << orthanc.log();
  const auto& report = *outcome.commitment->report;
  EXPECT_FALSE(report.same_association);
  EXPECT_EQ(report.calling_ae, "ORTHANC");
  EXPECT_EQ(report.event_type, 1);
  EXPECT_EQ(report.committed.size(), 3u);
  EXPECT_TRUE(report.failed.empty());

  const auto peer = loopback("ORTHANC", orthanc.dicom_port());
  const auto study = find_study(peer, "STUDY", kWorklistStudyUid);
  ASSERT_EQ(study.matches.size(), 1u) << study.detail;
  EXPECT_EQ(study.matches[0].string(t::AccessionNumber), "ACC001");
  EXPECT_EQ(study.matches[0].string(t::PatientId), "PAT001");
  EXPECT_EQ(study.matches[0].string(t::PatientName), "DOE^JOHN");
  EXPECT_EQ(study.matches[0].string(t::StudyId), "RP001");
  EXPECT_EQ(find_study(peer, "IMAGE", kWorklistStudyUid).matches.size(), 3u);
}

TEST(ModalityWithOrthanc, UnknownInstancesComeBackAsFailed) {
  TempDir dir;
  RecordedLog recorded;
  const std::uint16_t listener_port = free_port();
  OrthancServer orthanc(dir.path(), "ORTHANC", {{"MODALITY1", listener_port}});
  auto config = modality_config(listener_port);
  config.image_manager = loopback("ORTHANC", orthanc.dicom_port());
  actors::AcquisitionModality modality(config, recorded.log);
  modality.start();
  const auto result = modality.commit({{"1.2.840.10008.5.1.4.1.1.2", "2.25.1234567"}});
  modality.stop();
  ASSERT_TRUE(result.report) << orthanc.log();
  EXPECT_EQ(result.report->event_type, 2);
  ASSERT_EQ(result.report->failed.size(), 1u);
  EXPECT_EQ(result.report->failed[0].instance.sop_instance_uid, "2.25.1234567");
  EXPECT_EQ(result.report->failed[0].reason, 0x0112);  // no such object instance
}

TEST(ModalityWithOrthanc, MppsIsRefusedCleanly) {
  TempDir dir;
  RecordedLog recorded;
  OrthancServer orthanc(dir.path(), "ORTHANC", {});
  actors::IdFactory uids;
  const auto step = actors::unscheduled_step({}, actors::Station{}, uids);
  const actors::ScuContext context{"MODALITY1", {}, &recorded.log};
  const auto result =
      actors::rad6_mpps_in_progress(context, loopback("ORTHANC", orthanc.dicom_port()), step, {});
  EXPECT_EQ(result.error, net::DicomError::no_presentation_context) << result.detail;
  ASSERT_EQ(recorded.records().size(), 1u);
  EXPECT_EQ(recorded.records()[0].transaction, "RAD-6");
  EXPECT_TRUE(recorded.records()[0].outcome.starts_with("error: ")) << recorded.records()[0].outcome;
}

TEST(ModalityWithDcmqrscp, GeneratedCtAndMrImagesAreStoredAndQueryable) {
  TempDir dir;
  RecordedLog recorded;
  DcmqrscpServer dcmqr(dir.path(), "DCMQR", {});
  actors::IdFactory uids;
  std::vector<dicom::DicomDataset> images;
  for (const auto* modality : {"CT", "MR"}) {
    actors::Station station;
    station.modality = modality;
    dicom::DicomDataset patient;
    patient.set(t::PatientName, "DOE^JANE");
    patient.set(t::PatientId, "PAT002");
    const auto step = actors::unscheduled_step(patient, station, uids);
    auto series = actors::plan_series(step, 1, uids, {});
    auto generated = actors::generate_images(step, series, 2, uids, {});
    images.insert(images.end(), generated.begin(), generated.end());
  }
  const actors::ScuContext context{"MODALITY1", {}, &recorded.log};
  const auto peer = loopback("DCMQR", dcmqr.port());
  const auto report = actors::rad8_store_images(context, peer, images);
  ASSERT_TRUE(report.all_stored()) << report.association.detail << dcmqr.log();
  EXPECT_EQ(recorded.records().size(), 4u);
  const auto found = find_study(peer, "IMAGE", *images[2].string(t::StudyInstanceUid));
  ASSERT_EQ(found.matches.size(), 2u) << found.detail << dcmqr.log();
}

}  // namespace
}  // namespace ihe::test
