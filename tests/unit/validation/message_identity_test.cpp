// A recorded message is told by its content: HL7 by MSH-9 and the ORC-1/ORC-5 pair its transaction's rules
// accept, DICOM by what the data set holds.
#include <gtest/gtest.h>

#include "tests/unit/validation/samples.h"
#include "validation/message_identity.h"

namespace ihe::validation {
namespace {

using dicom::Tag;

Identity hl7_of(const hl7::Message& message, const std::string& profile = "SWF.b") {
  return identify_hl7(message, test::rules(), profile);
}

TEST(MessageIdentity, Hl7ByMessageTypeAndOrcPair) {
  EXPECT_EQ(hl7_of(test::data_message("rad-001-adt-a04.hl7")).kind, "rad-1");
  EXPECT_EQ(hl7_of(test::data_message("rad-002-omg-o19.hl7")).kind, "order");
  EXPECT_EQ(hl7_of(test::data_message("rad-004-omi-o23.hl7")).kind, "rad-4");  // NW/SC
  EXPECT_EQ(hl7_of(test::data_message("rad-012-adt-a40.hl7")).kind, "rad-12");
  EXPECT_EQ(hl7_of(test::data_message("rad-013-omi-o23.hl7")).kind, "rad-13");  // XO/CM
  EXPECT_EQ(hl7_of(test::data_message("rad-048-siu-s12.hl7")).kind, "rad-48");

  auto cancel = test::data_message("rad-004-omi-o23.hl7");
  cancel.set("ORC-1", "CA");
  cancel.set("ORC-5", "CA");
  EXPECT_EQ(hl7_of(cancel).kind, "rad-13");
  auto filler_order = test::data_message("rad-002-omg-o19.hl7");
  filler_order.set("ORC-1", "SN");
  EXPECT_EQ(hl7_of(filler_order).kind, "rad-3");
}

TEST(MessageIdentity, AcknowledgementsAreResponsesNotTransactions) {
  auto ack = test::data_message("rad-004-omi-o23.hl7");
  ack.segments().resize(1);
  ack.set("MSH-9", "ACK");
  ack.set("MSH-9.2", "O23");
  ack.set("MSA-1", "AA");
  ack.set("MSA-2", "MSG00004");
  EXPECT_EQ(hl7_of(ack).kind, "hl7-response");
  ack.segments().pop_back();  // without MSA it is no answer, and no SWF.b transaction sends ACK^O23
  EXPECT_EQ(hl7_of(ack).kind, "");
}

TEST(MessageIdentity, LegacySwfOrmIsTheOrderUnlessItsPairIsRad4s) {
  const auto rad4 = test::data_message("swf-rad-004-orm-o01.hl7");
  EXPECT_EQ(hl7_of(rad4, "SWF").kind, "rad-4");
  auto order = rad4;
  order.set("ORC-5", "");
  EXPECT_EQ(hl7_of(order, "SWF").kind, "order");
}

TEST(MessageIdentity, Hl7ThatNoTransactionTakesSaysWhy) {
  auto update = test::data_message("rad-013-omi-o23.hl7");
  update.set("ORC-5", "");  // dcm4chee #2849: XO with empty ORC-5
  const auto refused = hl7_of(update);
  EXPECT_EQ(refused.kind, "");
  EXPECT_NE(refused.problem.find("OMI^O23 with ORC-1/ORC-5 XO/ fits none of RAD-4, RAD-13"),
            std::string::npos)
      << refused.problem;

  auto result = test::data_message("rad-001-adt-a04.hl7");
  result.set("MSH-9.1", "ORU");
  result.set("MSH-9.2", "R01");
  EXPECT_EQ(hl7_of(result).problem, "ORU^R01 is no message of a SWF.b transaction");
}

TEST(MessageIdentity, DicomByWhatTheDataSetHolds) {
  EXPECT_EQ(identify_dicom(test::mwl_item()).kind, "mwl");
  EXPECT_EQ(identify_dicom(test::mpps_create()).kind, "mpps-create");
  EXPECT_EQ(identify_dicom(test::mpps_set_completed()).kind, "mpps-set");
  EXPECT_EQ(identify_dicom(test::sc_image()).kind, "image");

  dicom::DicomDataset answer;
  answer.set(Tag{0x0008, 0x0052}, "STUDY").set(Tag{0x0020, 0x000D}, "1.2.3");
  EXPECT_EQ(identify_dicom(answer).kind, "query");

  dicom::DicomDataset ian;
  ian.set(Tag{0x0020, 0x000D}, "1.2.3").set_sequence(Tag{0x0008, 0x1115}, {});
  EXPECT_EQ(identify_dicom(ian).kind, "ian");
}

TEST(MessageIdentity, ImageWithPpsAttributesIsStillAnImageAndMppsFileStaysMpps) {
  auto image = test::sc_image();
  image.set(Tag{0x0040, 0x0244}, "20240106");  // Performed Procedure Step Summary (PS3.3 C.4.16)
  EXPECT_EQ(identify_dicom(image).kind, "image");
  auto mpps = test::mpps_create();
  mpps.set(Tag{0x0008, 0x0016}, "1.2.840.10008.3.1.2.3.3").set(Tag{0x0008, 0x0018}, "2.25.1");
  mpps.set(Tag{0x0020, 0x000E}, "2.25.2");
  EXPECT_EQ(identify_dicom(mpps).kind, "mpps-create");
}

TEST(MessageIdentity, CommitmentReportOnlyWhenItListsFailures) {
  const auto request = identify_dicom(test::stgcmt_request());
  EXPECT_EQ(request.kind, "");
  EXPECT_NE(request.problem.find("look alike"), std::string::npos);
  auto report = test::stgcmt_report();
  report.set_sequence(Tag{0x0008, 0x1198}, {});
  EXPECT_EQ(identify_dicom(report).kind, "stgcmt-report");
  EXPECT_NE(identify_dicom(dicom::DicomDataset{}).problem.find("none of"), std::string::npos);
}

}  // namespace
}  // namespace ihe::validation
