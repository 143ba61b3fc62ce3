// app::OwnSut, the one way our own actors become the SUT (demo, selftest --faults, the selftests): every
// role gets a target on ports no other SUT of the process has, an unknown role is a HarnessError naming
// it, and the work folder goes with the SUT.
#include <gtest/gtest.h>

#include <set>

#include "app/own_sut.h"
#include "base/harness_error.h"

namespace ihe::app {
namespace {

std::vector<std::uint16_t> ports_of(const reports::Target& t) {
  std::vector<std::uint16_t> ports;
  for (const auto port :
       {t.dicom.port, t.harness_dicom.port, t.harness_storage.port, t.hl7.port, t.harness_hl7.port})
    if (port != 0) ports.push_back(port);
  return ports;
}

TEST(OwnSut, EveryRoleGetsItsOwnPortsAndTheEndpointsItsExchangesUse) {
  std::set<std::uint16_t> seen;
  std::vector<std::unique_ptr<OwnSut>> suts;
  for (int copy = 0; copy < 2; ++copy)
    for (const auto& role : OwnSut::roles()) {
      suts.push_back(std::make_unique<OwnSut>(role, std::vector<std::string>{}));
      const auto& t = suts.back()->target;
      EXPECT_EQ(t.sut_role, role);
      EXPECT_NE(t.dicom.port, 0);
      EXPECT_NE(t.harness_dicom.port, 0) << role;
      EXPECT_EQ(t.harness_storage.port != 0, role != "order-filler") << role;  // C-MOVE destination / IM
      EXPECT_EQ(t.hl7.port != 0, role != "acquisition-modality") << role;
      EXPECT_EQ(t.harness_hl7.port != 0, role == "order-filler") << role;  // RAD-3/4/13 come back to it
      for (const auto port : ports_of(t)) EXPECT_TRUE(seen.insert(port).second) << role << " port " << port;
    }
}

TEST(OwnSut, StartsListensAndRemovesItsWorkFolder) {
  std::filesystem::path folder;
  {
    OwnSut sut("image-manager", {"store-refuse"});
    folder = sut.folder;
    sut.start();
    EXPECT_NE(sut.describe().find("IMAGE_MANAGER"), std::string::npos) << sut.describe();
    EXPECT_TRUE(std::filesystem::exists(folder));
  }
  EXPECT_FALSE(std::filesystem::exists(folder));
}

TEST(OwnSut, OnlyTheModalityAnswersOperatorSteps) {
  OwnSut filler("order-filler", {});
  const auto answer = filler.operator_fn({"S", "op", "do it", std::chrono::seconds(1), "", {}});
  EXPECT_FALSE(answer.done);
  EXPECT_FALSE(answer.text.empty());
}

TEST(OwnSut, AnUnknownRoleOrFaultIsAHarnessError) {
  EXPECT_THROW(OwnSut("image-display", {}), HarnessError);
  EXPECT_THROW(OwnSut("image-manager", {"no-such-fault"}), HarnessError);
}

}  // namespace
}  // namespace ihe::app
