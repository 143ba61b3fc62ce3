// request-attributes-kept: retrieved instances of a grouped procedure name every requested procedure.
#include <gtest/gtest.h>

#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

using dicom::DicomDataset;
using dicom::Tag;

constexpr Tag kRequestAttributes{0x0040, 0x0275};

DicomDataset request_item(const std::string& rp, const std::string& sps, const std::string& accession) {
  DicomDataset item;
  item.set(Tag{0x0040, 0x1001}, rp).set(Tag{0x0040, 0x0009}, sps).set(Tag{0x0008, 0x0050}, accession);
  return item;
}

DicomDataset image(const std::string& sop, std::vector<DicomDataset> items) {
  DicomDataset data;
  data.set(Tag{0x0008, 0x0018}, sop).set_sequence(kRequestAttributes, std::move(items));
  return data;
}

class RequestAttributesKept : public ::testing::Test {
 protected:
  std::vector<reports::Finding> check(std::map<std::string, std::string> params = {{"rp-ids", "R1 R2"},
                                                                                   {"sps-ids", "S1 S2"},
                                                                                   {"accessions", "A1 A2"}}) {
    return registry.find("request-attributes-kept")->run({outcome, params});
  }
  CheckRegistry registry = standard_checks();
  StepOutcome outcome;
};

TEST_F(RequestAttributesKept, PassesWhenEveryInstanceNamesBothProceduresInAnyOrder) {
  outcome.datasets["received"] = {
      image("1.1", {request_item("R1", "S1", "A1"), request_item("R2", "S2", "A2")}),
      image("1.2", {request_item("R2", "S2", "A2"), request_item("R1", "S1", "A1")})};
  EXPECT_TRUE(check().empty());
}

TEST_F(RequestAttributesKept, FailsForAnInstanceThatKeptOnlyTheFirstItem) {
  outcome.datasets["received"] = {
      image("1.1", {request_item("R1", "S1", "A1"), request_item("R2", "S2", "A2")}),
      image("1.2", {request_item("R1", "S1", "A1")})};
  const auto findings = check();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].location, "received 2 (1.2) (0040,0275)");
  EXPECT_EQ(findings[0].actual.substr(0, 9), "1 item(s)");
  EXPECT_EQ(findings[0].expected.substr(0, 9), "2 item(s)");
}

TEST_F(RequestAttributesKept, FailsWhenTheSequenceIsGoneOrAValueChanged) {
  DicomDataset bare;
  bare.set(Tag{0x0008, 0x0018}, "1.3");
  outcome.datasets["received"] = {
      bare, image("1.4", {request_item("R1", "S1", "A1"), request_item("R2", "S9", "A2")})};
  EXPECT_EQ(check().size(), 2u);
}

TEST_F(RequestAttributesKept, AccessionsAreComparedOnlyWhenGiven) {
  outcome.datasets["received"] = {
      image("1.1", {request_item("R1", "S1", "X"), request_item("R2", "S2", "Y")})};
  EXPECT_EQ(check().size(), 1u);
  EXPECT_TRUE(check({{"rp-ids", "R1 R2"}, {"sps-ids", "S1 S2"}}).empty());
}

TEST_F(RequestAttributesKept, NothingReceivedIsAFindingNotAPass) {
  const auto findings = check();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].actual, "no data set");
}

TEST_F(RequestAttributesKept, ReadsTheDataSetsNamedByIn) {
  outcome.datasets["images"] = {image("1.1", {request_item("R1", "S1", "A1")})};
  EXPECT_TRUE(check({{"rp-ids", "R1"}, {"sps-ids", "S1"}, {"in", "images"}}).empty());
}

}  // namespace
}  // namespace ihe::scenarios
