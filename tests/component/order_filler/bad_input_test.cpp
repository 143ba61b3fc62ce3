// What the Order Filler does with input it must refuse: a malformed worklist identifier, a calling AE not
// on its allow-list, and SOP classes it does not serve.
#include <gtest/gtest.h>

#include "tests/component/order_filler/order_filler_fixture.h"

namespace ihe::test {
namespace {

TEST(OrderFillerBadInput, AnIdentifierWithTwoSpsItemsIsRefusedWithA900) {
  RunningOrderFiller of;
  auto identifier = mwl_identifier({}, {});
  auto items = identifier.items(*dicom::Tag::parse("ScheduledProcedureStepSequence"));
  items.push_back(items.front());
  identifier.set_sequence(*dicom::Tag::parse("ScheduledProcedureStepSequence"), items);
  const auto result = of.query(identifier);
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0xA900);
  EXPECT_TRUE(result.matches.empty());
  // The association and the actor survive it.
  EXPECT_EQ(of.query(mwl_identifier({{"PatientID", "PAT002"}}, {})).matches.size(), 1u);
}

TEST(OrderFillerBadInput, AnUnknownCallingAeIsRejectedWhenAnAllowListIsConfigured) {
  RunningOrderFiller of({}, {"MODALITY1"});
  auto stranger = of.associate("STRANGER");
  const auto outcome = stranger.open();
  EXPECT_FALSE(outcome.ok());
  ASSERT_TRUE(stranger.rejection().has_value()) << outcome.detail;
  EXPECT_EQ(stranger.rejection()->result, 1);  // permanent
  EXPECT_EQ(stranger.rejection()->reason, 3);  // calling AE title not recognized (PS3.8 9.3.4)
  auto known = of.associate("MODALITY1");
  EXPECT_TRUE(known.open().ok());
}

TEST(OrderFillerBadInput, AnIdentifierOfOneUniversalKeyMatchesEveryStep) {
  RunningOrderFiller of;
  dicom::DicomDataset identifier;
  identifier.set(*dicom::Tag::parse("PatientID"), "");
  const auto result = of.query(identifier);
  EXPECT_EQ(result.status, 0x0000);
  EXPECT_EQ(result.matches.size(), 5u);
}

TEST(OrderFillerBadInput, OnlyWorklistAndMppsAreOffered) {
  RunningOrderFiller of;
  net::AssociationParams params;
  params.calling_ae = "MODALITY1";
  params.called_ae = "ORDER_FILLER";
  params.host = "127.0.0.1";
  params.port = of.port();
  params.contexts = {net::contexts::study_root_find(), net::contexts::mpps()};
  net::DicomAssociation association(params);
  ASSERT_TRUE(association.open().ok());
  EXPECT_FALSE(association.accepted(net::sop_class::kStudyRootFind));
  EXPECT_TRUE(association.accepted(net::sop_class::kMpps));
}

}  // namespace
}  // namespace ihe::test
