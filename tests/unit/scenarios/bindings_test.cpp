#include "scenarios/engine/bindings.h"

#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "scenarios/engine/step_outcome.h"

namespace ihe::scenarios {
namespace {

TEST(Bindings, ListsTheReferencesOfAText) {
  EXPECT_EQ(references("${a}-x-${b.c}", "f:1"), (std::vector<std::string>{"a", "b.c"}));
  EXPECT_TRUE(references("plain", "f:1").empty());
}

TEST(Bindings, RejectsMalformedReferencesNamingWhere) {
  EXPECT_THROW(references("${a", "f:1"), HarnessError);
  EXPECT_THROW(references("${a b}", "f:1"), HarnessError);
  EXPECT_THROW(references("${}", "f:1"), HarnessError);
}

TEST(Bindings, ExpandsBoundNamesAndReportsTheFirstUnbound) {
  const Bindings b{{"pid", "P1"}, {"n", "3"}};
  EXPECT_EQ(expand("${pid}/${n}", b).text, "P1/3");
  EXPECT_FALSE(expand("${pid}", b).unbound);
  EXPECT_EQ(expand("${x}${pid}${y}", b).unbound, "x");
}

TEST(Capture, ReadsValuesStatusAndDataSetPaths) {
  StepOutcome outcome;
  outcome.status = 0x0110;
  outcome.values["study-uid"] = "1.2.3";
  dicom::DicomDataset match;
  match.set(dicom::Tag{0x0020, 0x000D}, "9.8.7");
  outcome.datasets["matches"] = {dicom::DicomDataset{}, match};
  EXPECT_EQ(resolve_capture(outcome, "study-uid"), "1.2.3");
  EXPECT_EQ(resolve_capture(outcome, "status"), "0x0110");
  EXPECT_EQ(resolve_capture(outcome, "matches[2]/(0020,000D)"), "9.8.7");
  EXPECT_FALSE(resolve_capture(outcome, "matches[1]/(0020,000D)"));
  EXPECT_FALSE(resolve_capture(outcome, "matches[3]/(0020,000D)"));
  EXPECT_FALSE(resolve_capture(outcome, "matches[0]/(0020,000D)"));
  EXPECT_FALSE(resolve_capture(outcome, "nothing"));
}

}  // namespace
}  // namespace ihe::scenarios
