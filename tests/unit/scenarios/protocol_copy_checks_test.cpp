// ssas-protocol-codes and ras-protocol-codes (scenarios/checks/protocol_copy_checks.cpp) on hand-made
// worklist items, MPPS and images: MESA 214's two steps with three protocol items (2 + 1).
#include <gtest/gtest.h>

#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

using dicom::DicomDataset;
using dicom::Tag;

constexpr Tag kProtocolCodes{0x0040, 0x0008};
constexpr Tag kSpsId{0x0040, 0x0009};

DicomDataset code(const std::string& value, const std::string& meaning = "IHE harness protocol") {
  return DicomDataset{}
      .set(Tag{0x0008, 0x0100}, value)
      .set(Tag{0x0008, 0x0102}, "99IHE")
      .set(Tag{0x0008, 0x0104}, meaning);
}

// An SPS item of a worklist, an SSAS item of an MPPS or a RAS item of an image: SPS ID and protocol codes.
DicomDataset step(const std::string& sps_id, std::vector<DicomDataset> codes) {
  return DicomDataset{}.set(kSpsId, sps_id).set_sequence(kProtocolCodes, std::move(codes));
}

DicomDataset worklist_item(const std::string& sps_id, std::vector<DicomDataset> codes) {
  return DicomDataset{}.set_sequence(Tag{0x0040, 0x0100}, {step(sps_id, std::move(codes))});
}

DicomDataset mpps(const std::string& pps_id, DicomDataset ssas_item) {
  return DicomDataset{}.set(Tag{0x0040, 0x0253}, pps_id).set_sequence(Tag{0x0040, 0x0270}, {ssas_item});
}

DicomDataset image(const std::string& uid, DicomDataset ras_item) {
  return DicomDataset{}.set(Tag{0x0008, 0x0018}, uid).set_sequence(Tag{0x0040, 0x0275}, {ras_item});
}

class ProtocolCopyChecks : public ::testing::Test {
 protected:
  void SetUp() override {
    outcome.datasets["worklist"] = {worklist_item("S1", {code("P1"), code("P2")}),
                                    worklist_item("S2", {code("P3")})};
    outcome.datasets["mpps"] = {mpps("PPS1", step("S1", {code("P2"), code("P1")})),
                                mpps("PPS2", step("S2", {code("P3")}))};
    outcome.datasets["archived"] = {image("1.1", step("S1", {code("P1"), code("P2")})),
                                    image("1.2", step("S2", {code("P3")}))};
  }
  std::vector<reports::Finding> check(const std::string& name) {
    return registry.find(name)->run({outcome, {}});
  }
  CheckRegistry registry = standard_checks();
  StepOutcome outcome;
};

TEST_F(ProtocolCopyChecks, EveryItemCopiedPassesInAnyOrder) {
  EXPECT_TRUE(check("ssas-protocol-codes").empty());
  EXPECT_TRUE(check("ras-protocol-codes").empty());
}

TEST_F(ProtocolCopyChecks, ALostItemIsAFindingNamingItsStep) {
  outcome.datasets["mpps"][0] = mpps("PPS1", step("S1", {code("P1")}));
  const auto findings = check("ssas-protocol-codes");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].location, "MPPS PPS1 (0040,0270)[0]/(0040,0008)");
  EXPECT_EQ(findings[0].expected, "P1^99IHE^IHE harness protocol, P2^99IHE^IHE harness protocol");
  EXPECT_EQ(findings[0].actual, "P1^99IHE^IHE harness protocol");
  EXPECT_NE(findings[0].message.find("SPS S1"), std::string::npos);
  EXPECT_NE(findings[0].message.find("lost or altered P2"), std::string::npos);
  EXPECT_TRUE(check("ras-protocol-codes").empty());
}

TEST_F(ProtocolCopyChecks, AnInventedOrAlteredItemIsAFinding) {
  outcome.datasets["archived"][1] = image("1.2", step("S2", {code("P3"), code("P9")}));
  auto findings = check("ras-protocol-codes");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].location, "image 1.2 (0040,0275)[0]/(0040,0008)");
  EXPECT_NE(findings[0].message.find("invented P9"), std::string::npos);
  // Same value and scheme but another meaning than the worklist gave: not the scheduled item.
  outcome.datasets["archived"][1] = image("1.2", step("S2", {code("P3", "something else")}));
  findings = check("ras-protocol-codes");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("lost or altered P3"), std::string::npos);
}

TEST_F(ProtocolCopyChecks, AMeaningTheWorklistLeftOutIsNotCompared) {
  outcome.datasets["worklist"][1] = worklist_item("S2", {code("P3", "")});
  EXPECT_TRUE(check("ssas-protocol-codes").empty());
}

TEST_F(ProtocolCopyChecks, AnItemNamingNoPublishedStepLeavesNothingToCompare) {
  outcome.datasets["mpps"][1] = mpps("PPS2", step("S7", {code("P3")}));
  const auto findings = check("ssas-protocol-codes");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].location, "MPPS PPS2 (0040,0270)");
}

TEST_F(ProtocolCopyChecks, NoWorklistOrNoMessageIsAFinding) {
  outcome.datasets.erase("archived");
  EXPECT_EQ(check("ras-protocol-codes").size(), 1u);
  outcome.datasets.erase("worklist");
  EXPECT_EQ(check("ssas-protocol-codes")[0].actual, "no worklist item");
}

}  // namespace
}  // namespace ihe::scenarios
