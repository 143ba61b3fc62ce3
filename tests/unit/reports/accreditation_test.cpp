#include "reports/writers/accreditation.h"

#include <gtest/gtest.h>

#include "tests/reports/sample_report.h"

namespace ihe::reports {
namespace {

using Strings = std::vector<std::string>;

TEST(Accreditation, HlSevenAndDicomItemsFollowTheEvidenceEachScenarioExchanged) {
  const auto items = accreditation_items(test::sample_run_report());
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].key, "hl7-integration");
  EXPECT_TRUE(items[0].examined);
  EXPECT_EQ(items[0].verdict, Verdict::Fail);
  EXPECT_EQ(items[0].transactions, Strings{"RAD-12"});
  EXPECT_EQ(items[0].scenario_ids, Strings{"PIR-IM-020"});
  EXPECT_EQ(items[1].key, "dicom-compatibility");
  EXPECT_EQ(items[1].transactions, (Strings{"RAD-6", "RAD-8", "RAD-14"}));
  EXPECT_EQ(items[1].scenario_ids, (Strings{"SWF-IM-010", "PIR-IM-020"}));
  EXPECT_EQ(items[1].verdict, Verdict::Fail);
}

TEST(Accreditation, IheItemIsTheWorstExaminedClaimAndUnexaminedItemsSaySo) {
  auto report = test::sample_run_report();
  report.scenarios.pop_back();  // no HL7 evidence left
  report.claims[1].verdict = Verdict::Skipped;
  const auto items = accreditation_items(report);
  EXPECT_FALSE(items[0].examined);
  EXPECT_EQ(items[0].verdict, Verdict::Skipped);
  EXPECT_EQ(items[1].verdict, Verdict::Pass);
  EXPECT_EQ(items[2].key, "ihe-tf");
  EXPECT_EQ(items[2].verdict, Verdict::Pass);
  EXPECT_EQ(items[2].claims, (Strings{"SWF.b IM: PASS", "PIR IM: SKIPPED"}));
}

}  // namespace
}  // namespace ihe::reports
