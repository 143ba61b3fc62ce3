#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

class Checks : public ::testing::Test {
 protected:
  std::vector<reports::Finding> check(const std::string& name,
                                      const std::map<std::string, std::string>& params) {
    return registry.find(name)->run({outcome, params});
  }
  static dicom::DicomDataset refs(const std::string& sequence, std::vector<std::string> uids) {
    std::vector<dicom::DicomDataset> items;
    for (const auto& uid : uids) items.push_back(dicom::DicomDataset{}.set(dicom::Tag{0x0008, 0x1155}, uid));
    return dicom::DicomDataset{}.set_sequence(*dicom::Tag::parse(sequence), items);
  }

  CheckRegistry registry = standard_checks();
  StepOutcome outcome;
};

TEST_F(Checks, StatusComparesClassOrExactCode) {
  outcome.status = 0x0110;
  EXPECT_EQ(check("status", {}).size(), 1u);
  EXPECT_TRUE(check("status", {{"kind", "failure"}}).empty());
  EXPECT_TRUE(check("status", {{"equals", "0xA710 0x0110"}}).empty());
  EXPECT_EQ(check("status", {{"equals", "0x0000"}})[0].actual.substr(0, 6), "0x0110");
  outcome.status.reset();
  EXPECT_EQ(check("status", {{"kind", "success"}})[0].actual, "no response status");
}

TEST_F(Checks, ValueComparesTextAndNumbers) {
  outcome.values["completed"] = "2";
  EXPECT_TRUE(check("value", {{"name", "completed"}, {"equals", "2"}}).empty());
  EXPECT_EQ(check("value", {{"name", "completed"}, {"equals", "3"}})[0].expected, "3");
  EXPECT_TRUE(check("value", {{"name", "completed"}, {"at-least", "1"}, {"at-most", "2"}}).empty());
  EXPECT_EQ(check("value", {{"name", "completed"}, {"at-least", "3"}}).size(), 1u);
  EXPECT_EQ(check("value", {{"name", "absent"}, {"differs", "x"}})[0].actual, "(absent)");
}

TEST_F(Checks, ReturnKeysNamesEachMatchAndKeyMissing) {
  dicom::DicomDataset good, bad;
  good.set(dicom::Tag{0x0008, 0x0050}, "A1").set(dicom::Tag{0x0010, 0x0010}, "");
  bad.set(dicom::Tag{0x0010, 0x0010}, "");
  outcome.datasets["matches"] = {good, bad};
  const auto findings =
      check("return-keys", {{"keys", "AccessionNumber PatientName"}, {"non-empty", "PatientName"}});
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].location, "match 1 (0010,0010)");
  EXPECT_EQ(findings[1].location, "match 2 (0008,0050)");
  EXPECT_EQ(findings[2].actual, "empty");
}

TEST_F(Checks, ReturnedEqualJudgesOnlyMatchesThatCarryTheOptionalKey) {
  const dicom::Tag instances{0x0020, 0x1208};
  dicom::DicomDataset right, wrong, empty, absent;
  right.set(instances, "3");
  wrong.set(instances, "2");
  empty.set(instances, "");
  outcome.datasets["matches"] = {right, wrong, empty, absent};
  const auto findings = check("returned-equal", {{"tag", "NumberOfStudyRelatedInstances"}, {"value", "3"}});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].location, "match 2 (0020,1208)");
  EXPECT_EQ(findings[0].actual, "2");
  EXPECT_THROW(check("returned-equal", {{"tag", "NoSuchKeyword"}, {"value", "3"}}), HarnessError);
}

TEST_F(Checks, CommitmentReportMustAnswerEveryRequestedInstanceOnce) {
  outcome.datasets["request"] = {refs("(0008,1199)", {"1", "2", "3"})};
  auto report = refs("(0008,1199)", {"1", "2", "9"});
  outcome.datasets["report"] = {report};
  const auto findings = check("commitment-complete", {});
  ASSERT_EQ(findings.size(), 2u);  // 3 unanswered, 9 never requested
  EXPECT_NE(findings[0].expected.find("3"), std::string::npos);
  EXPECT_EQ(findings[1].actual, "9");
  EXPECT_EQ(check("commitment-failed-for", {{"uids", "3"}})[0].actual, "not reported failed");
  EXPECT_EQ(check("commitment-failed-for", {{"uids", "2"}})[0].actual, "reported committed");
  EXPECT_EQ(check("commitment-all-committed", {}).size(), 1u);
}

TEST_F(Checks, CommitmentTransactionUidMustEchoTheRequest) {
  outcome.values = {{"transaction-uid", "1.2"}, {"report-transaction-uid", "1.3"}};
  EXPECT_EQ(check("commitment-transaction-uid", {}).size(), 1u);
  outcome.values["report-transaction-uid"] = "1.2";
  EXPECT_TRUE(check("commitment-transaction-uid", {}).empty());
}

TEST(CheckRegistryNames, ANameCannotBeRegisteredTwice) {
  auto registry = standard_checks();
  EXPECT_THROW(add_status_checks(registry), HarnessError);
}

}  // namespace
}  // namespace ihe::scenarios
