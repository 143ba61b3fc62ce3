#include <gtest/gtest.h>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::dicom {
namespace {

DicomDataset worklist_item() {
  DicomDataset code;
  code.set(Tag{0x0008, 0x0100}, "P1");
  DicomDataset first_step;
  first_step.set(Tag{0x0008, 0x0060}, "MR").set_sequence(Tag{0x0040, 0x0008}, {code});
  DicomDataset second_step;
  second_step.set(Tag{0x0008, 0x0060}, "CT");
  DicomDataset d;
  d.set(Tag{0x0010, 0x0010}, "DOE^JOHN").set_sequence(Tag{0x0040, 0x0100}, {first_step, second_step});
  return d;
}

TEST(DicomDatasetPath, FindsTopLevelAttributesByKeywordOrTag) {
  auto d = worklist_item();
  ASSERT_NE(d.find_path("PatientName"), nullptr);
  EXPECT_EQ(d.find_path("PatientName")->joined(), "DOE^JOHN");
  EXPECT_EQ(d.find_path("(0010,0010)"), d.find(Tag{0x0010, 0x0010}));
}

TEST(DicomDatasetPath, WalksIntoSequenceItems) {
  auto d = worklist_item();
  ASSERT_NE(d.find_path("ScheduledProcedureStepSequence[1]/Modality"), nullptr);
  EXPECT_EQ(d.find_path("ScheduledProcedureStepSequence[1]/Modality")->joined(), "CT");
  EXPECT_EQ(d.find_path("0040,0100[0]/0008,0060")->joined(), "MR");
  ASSERT_NE(d.find_path("ScheduledProcedureStepSequence[0]/ScheduledProtocolCodeSequence[0]/CodeValue"),
            nullptr);
  EXPECT_EQ(
      d.find_path("ScheduledProcedureStepSequence[0]/ScheduledProtocolCodeSequence[0]/CodeValue")->joined(),
      "P1");
  EXPECT_EQ(d.find_path("ScheduledProcedureStepSequence")->items.size(), 2u);
}

TEST(DicomDatasetPath, AnswersNullForPathsThatLeadNowhere) {
  auto d = worklist_item();
  for (const char* path : {"ScheduledProcedureStepSequence[2]/Modality",   // no such item
                           "ScheduledProcedureStepSequence/Modality",      // item index missing
                           "ScheduledProcedureStepSequence[1]/CodeValue",  // absent in that item
                           "PatientName[0]/Modality",                      // not a sequence
                           "ScheduledProcedureStepSequence[0]",            // an item is no element
                           "ScheduledProcedureStepSequence[x]/Modality", "NoSuchKeyword", "", "/"})
    EXPECT_EQ(d.find_path(path), nullptr) << path;
}

}  // namespace
}  // namespace ihe::dicom
