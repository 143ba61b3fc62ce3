// RAD-6/7 at the Order Filler without a network: each MPPS is linked to the SPS its SSAS names and moves
// that SPS's status (spec digest 3.2); unscheduled MPPS stay unlinked.
#include <gtest/gtest.h>

#include "actors/order_filler/faults.h"
#include "actors/order_filler/rad_006_007_mpps.h"
#include "tests/unit/order_filler/mpps_data.h"
#include "tests/unit/order_filler/worklist_seed.h"

namespace ihe::test {
namespace {

const std::string kMppsUid = "1.2.826.0.1.3680043.9.7156.5.1";
const std::string kStudy4 = "1.2.826.0.1.3680043.9.7156.1.4";

class MppsReceiver : public ::testing::Test {
 protected:
  MppsReceiver() { load_worklist_seed(store_); }
  net::NRequest request(net::DimseCommand command, const std::string& uid, dicom::DicomDataset data) {
    return net::NRequest{{"MODALITY1", "ORDER_FILLER", "127.0.0.1", {}},
                         command,
                         "1.2.840.10008.3.1.2.3.3",
                         uid,
                         0,
                         std::move(data)};
  }
  actors::SpsStatus status_of(const std::string& sps_id, const std::string& accession) {
    return store_.find_step({sps_id, accession, ""})->step.status;
  }

  actors::ProcedureStore store_;
  actors::OrderWorkflow workflow_{store_};
  actors::TransactionLog log_;
};

TEST_F(MppsReceiver, MovesTheLinkedSpsThroughStartedToCompleted) {
  actors::FaultSwitches faults;
  actors::Rad6Rad7MppsReceiver receiver(workflow_, faults, log_);
  const auto create = receiver.n_create(
      request(net::DimseCommand::NCreate, kMppsUid, mpps_in_progress("SPS004A", "ACC004", kStudy4)));
  EXPECT_EQ(create.status, 0x0000);
  EXPECT_EQ(status_of("SPS004A", "ACC004"), actors::SpsStatus::Started);
  EXPECT_EQ(status_of("SPS004B", "ACC004"), actors::SpsStatus::Scheduled);
  ASSERT_TRUE(store_.performed_step(kMppsUid));
  ASSERT_EQ(store_.performed_step(kMppsUid)->linked.size(), 1u);
  EXPECT_EQ(store_.performed_step(kMppsUid)->linked.front().sps_id, "SPS004A");

  EXPECT_EQ(receiver.n_set(request(net::DimseCommand::NSet, kMppsUid, mpps_final("COMPLETED"))).status,
            0x0000);
  EXPECT_EQ(status_of("SPS004A", "ACC004"), actors::SpsStatus::Completed);
  EXPECT_EQ(store_.performed_step(kMppsUid)->pps_status, "COMPLETED");
}

TEST_F(MppsReceiver, MovesTheLinkedSpsToDiscontinued) {
  actors::FaultSwitches faults;
  actors::Rad6Rad7MppsReceiver receiver(workflow_, faults, log_);
  receiver.n_create(request(net::DimseCommand::NCreate, kMppsUid, mpps_in_progress("SPS001", "ACC001", "")));
  EXPECT_EQ(receiver.n_set(request(net::DimseCommand::NSet, kMppsUid, mpps_final("DISCONTINUED"))).status, 0);
  EXPECT_EQ(status_of("SPS001", "ACC001"), actors::SpsStatus::Discontinued);
}

TEST_F(MppsReceiver, LinksEveryStepOfAGroupCase) {
  actors::FaultSwitches faults;
  actors::Rad6Rad7MppsReceiver receiver(workflow_, faults, log_);
  auto create = mpps_in_progress("SPS004A", "ACC004", kStudy4);
  auto* items = create.mutable_items(*dicom::Tag::parse("ScheduledStepAttributesSequence"));
  items->push_back(items->front());
  items->back().set(*dicom::Tag::parse("ScheduledProcedureStepID"), "SPS004B");
  ASSERT_EQ(receiver.n_create(request(net::DimseCommand::NCreate, kMppsUid, create)).status, 0x0000);
  EXPECT_EQ(store_.performed_step(kMppsUid)->linked.size(), 2u);
  ASSERT_EQ(receiver.n_set(request(net::DimseCommand::NSet, kMppsUid, mpps_final("COMPLETED"))).status, 0);
  EXPECT_EQ(status_of("SPS004A", "ACC004"), actors::SpsStatus::Completed);
  EXPECT_EQ(status_of("SPS004B", "ACC004"), actors::SpsStatus::Completed);
}

TEST_F(MppsReceiver, LinksNothingWhenTheStudyUidDiffersFromTheScheduledOne) {
  actors::FaultSwitches faults;
  actors::Rad6Rad7MppsReceiver receiver(workflow_, faults, log_);
  ASSERT_EQ(receiver
                .n_create(request(net::DimseCommand::NCreate, kMppsUid,
                                  mpps_in_progress("SPS001", "ACC001", "1.2.826.0.1.3680043.9.7156.1.9")))
                .status,
            0x0000);
  EXPECT_TRUE(store_.performed_step(kMppsUid)->linked.empty());
  EXPECT_EQ(status_of("SPS001", "ACC001"), actors::SpsStatus::Scheduled);
}

TEST_F(MppsReceiver, KeepsAnUnscheduledMppsUnlinked) {
  actors::FaultSwitches faults;
  actors::Rad6Rad7MppsReceiver receiver(workflow_, faults, log_);
  const auto before = store_.worklist();
  EXPECT_EQ(receiver
                .n_create(request(net::DimseCommand::NCreate, kMppsUid,
                                  mpps_in_progress("", "", "1.2.826.0.1.3680043.9.7156.9")))
                .status,
            0x0000);
  ASSERT_TRUE(store_.performed_step(kMppsUid));
  EXPECT_TRUE(store_.performed_step(kMppsUid)->linked.empty());
  EXPECT_EQ(store_.worklist().size(), before.size());
  for (const auto& entry : store_.worklist()) EXPECT_EQ(entry.step.status, actors::SpsStatus::Scheduled);
}

TEST_F(MppsReceiver, AssignsAnInstanceUidWhenTheModalityLeftItOut) {
  actors::FaultSwitches faults;
  actors::Rad6Rad7MppsReceiver receiver(workflow_, faults, log_);
  const auto create =
      receiver.n_create(request(net::DimseCommand::NCreate, "", mpps_in_progress("SPS001", "ACC001", "")));
  EXPECT_EQ(create.status, 0x0000);
  EXPECT_TRUE(create.sop_instance_uid.starts_with("2.25.")) << create.sop_instance_uid;
  EXPECT_LE(create.sop_instance_uid.size(), 64u);
  EXPECT_TRUE(store_.performed_step(create.sop_instance_uid));
}

TEST_F(MppsReceiver, RefusesWithTheLifecycleStatusesAndLogsEachTransaction) {
  std::vector<actors::TransactionRecord> records;
  log_.subscribe([&](const actors::TransactionRecord& r) { records.push_back(r); });
  actors::FaultSwitches faults;
  actors::Rad6Rad7MppsReceiver receiver(workflow_, faults, log_);
  EXPECT_EQ(receiver.n_set(request(net::DimseCommand::NSet, kMppsUid, mpps_final("COMPLETED"))).status,
            0x0112);
  receiver.n_create(request(net::DimseCommand::NCreate, kMppsUid, mpps_in_progress("SPS001", "ACC001", "")));
  EXPECT_EQ(
      receiver
          .n_create(request(net::DimseCommand::NCreate, kMppsUid, mpps_in_progress("SPS001", "ACC001", "")))
          .status,
      0x0111);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].transaction, "RAD-7");
  EXPECT_NE(records[0].outcome.find("0x0112"), std::string::npos) << records[0].outcome;
  EXPECT_EQ(records[1].transaction, "RAD-6");
  EXPECT_NE(records[1].summary.find("SPS SPS001"), std::string::npos) << records[1].summary;
}

TEST_F(MppsReceiver, WithMppsIgnoreAnswersSuccessButLeavesTheSpsScheduled) {
  const auto faults =
      actors::FaultSwitches::select(actors::order_filler_faults(), {"mpps-ignore"}, "order-filler");
  actors::Rad6Rad7MppsReceiver receiver(workflow_, faults, log_);
  EXPECT_EQ(
      receiver
          .n_create(request(net::DimseCommand::NCreate, kMppsUid, mpps_in_progress("SPS001", "ACC001", "")))
          .status,
      0x0000);
  EXPECT_EQ(receiver.n_set(request(net::DimseCommand::NSet, kMppsUid, mpps_final("COMPLETED"))).status,
            0x0000);
  EXPECT_EQ(status_of("SPS001", "ACC001"), actors::SpsStatus::Scheduled);
}

}  // namespace
}  // namespace ihe::test
