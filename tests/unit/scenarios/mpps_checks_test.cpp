// The MPPS checks of the modality scenarios (scenarios/checks/mpps_checks.cpp) on hand-made MPPS data sets.
#include <gtest/gtest.h>

#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

using dicom::DicomDataset;
using dicom::Tag;

DicomDataset mpps(const std::string& pps_id, std::vector<std::string> sps_ids,
                  std::vector<std::string> images) {
  DicomDataset data;
  data.set(Tag{0x0040, 0x0253}, pps_id).set(Tag{0x0040, 0x0252}, "COMPLETED");
  std::vector<DicomDataset> ssas;
  for (const auto& id : sps_ids)
    ssas.push_back(DicomDataset{}.set(Tag{0x0020, 0x000D}, "2.25.1").set(Tag{0x0040, 0x0009}, id));
  data.set_sequence(Tag{0x0040, 0x0270}, ssas);
  std::vector<DicomDataset> refs;
  for (const auto& uid : images) refs.push_back(DicomDataset{}.set(Tag{0x0008, 0x1155}, uid));
  data.set_sequence(Tag{0x0040, 0x0340}, {DicomDataset{}.set_sequence(Tag{0x0008, 0x1140}, refs)});
  return data;
}

DicomDataset image(const std::string& uid) {
  return DicomDataset{}.set(Tag{0x0008, 0x0018}, uid);
}

class MppsChecks : public ::testing::Test {
 protected:
  std::vector<reports::Finding> check(const std::string& name,
                                      const std::map<std::string, std::string>& params = {}) {
    return registry.find(name)->run({outcome, params});
  }
  CheckRegistry registry = standard_checks();
  StepOutcome outcome;
};

TEST_F(MppsChecks, NoMppsIsAFindingForEveryCheck) {
  EXPECT_EQ(check("distinct-pps-ids").size(), 1u);
  EXPECT_EQ(check("unscheduled-ssas").size(), 1u);
}

TEST_F(MppsChecks, ImageListIsComparedWithTheArchiveBothWays) {
  outcome.datasets["mpps"] = {mpps("P1", {"S1"}, {"1.1", "1.2"})};
  outcome.datasets["archived"] = {image("1.1"), image("1.2")};
  EXPECT_TRUE(check("mpps-lists-images").empty());
  outcome.datasets["archived"].push_back(image("1.3"));
  const auto missing = check("mpps-lists-images");
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].expected, "1.3 listed");
  outcome.datasets["archived"] = {image("1.1")};
  EXPECT_EQ(check("mpps-lists-images")[0].actual, "never stored");
}

TEST_F(MppsChecks, PpsIdsAndScheduledStepsPerMpps) {
  outcome.datasets["mpps"] = {mpps("P1", {"S1"}, {}), mpps("P2", {"S2"}, {})};
  EXPECT_TRUE(check("distinct-pps-ids").empty());
  EXPECT_TRUE(check("one-mpps-per-step", {{"sps", "S1 S2"}}).empty());
  EXPECT_EQ(check("ssas-lists", {{"sps", "S1 S2"}}).size(), 2u);
  outcome.datasets["mpps"] = {mpps("P1", {"S1", "S2"}, {}), mpps("P1", {"S1"}, {})};
  EXPECT_EQ(check("distinct-pps-ids").size(), 1u);
  EXPECT_EQ(check("one-mpps-per-step", {{"sps", "S1 S2"}}).size(), 2u);  // a grouped MPPS, S1 named twice
}

TEST_F(MppsChecks, UnscheduledFormWantsEmptyRequestValues) {
  auto unscheduled = mpps("P1", {""}, {});
  auto& item = unscheduled.mutable_items(Tag{0x0040, 0x0270})->front();
  for (const Tag tag : {Tag{0x0008, 0x0050}, Tag{0x0040, 0x1001}, Tag{0x0032, 0x1060}, Tag{0x0040, 0x0007}})
    item.set(tag, "");
  outcome.datasets["mpps"] = {unscheduled};
  EXPECT_TRUE(check("unscheduled-ssas").empty());
  item.set(Tag{0x0008, 0x0050}, "A1");
  outcome.datasets["mpps"] = {unscheduled};
  EXPECT_EQ(check("unscheduled-ssas").size(), 1u);
}

TEST_F(MppsChecks, DiscontinuationReasonNeedsTheCodeOfDcm) {
  auto stopped = mpps("P1", {"S1"}, {});
  outcome.datasets["mpps"] = {stopped};
  EXPECT_EQ(check("discontinuation-reason", {{"code", "110505"}}).size(), 1u);
  stopped.set_sequence(Tag{0x0040, 0x0281},
                       {DicomDataset{}.set(Tag{0x0008, 0x0100}, "110505").set(Tag{0x0008, 0x0102}, "DCM")});
  outcome.datasets["mpps"] = {stopped};
  EXPECT_TRUE(check("discontinuation-reason", {{"code", "110505"}}).empty());
}

}  // namespace
}  // namespace ihe::scenarios
