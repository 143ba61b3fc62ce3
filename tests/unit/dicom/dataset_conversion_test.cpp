#include <gtest/gtest.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include "actors/net/dicom/conversion/dataset_conversion.h"
#include "tests/unit/dicom/sample_datasets.h"

namespace ihe::net {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

std::string dcmtk_string(DcmItem& item, const DcmTagKey& key, unsigned long pos = 0) {
  OFString value;
  EXPECT_TRUE(item.findAndGetOFString(key, value, pos).good()) << key.toString().c_str();
  return value.c_str();
}

TEST(DatasetConversion, RoundTripsEveryVrAndNestedSequences) {
  auto original = dicom::test::every_vr_dataset();
  auto dcmtk = to_dcmtk(original);
  auto back = from_dcmtk(*dcmtk);
  EXPECT_EQ(back, original) << "expected:\n" << original.to_text() << "got:\n" << back.to_text();
}

// DCMTK's own accessors judge what to_dcmtk built, not our converter back.
TEST(DatasetConversion, BuildsWhatDcmtkReadsAsTheSameValues) {
  auto dcmtk = to_dcmtk(dicom::test::every_vr_dataset());
  EXPECT_EQ(dcmtk_string(*dcmtk, DCM_PatientName), "DOE^JANE^^^");
  EXPECT_EQ(dcmtk_string(*dcmtk, DCM_ImageType, 2), "AXIAL");
  EXPECT_EQ(dcmtk_string(*dcmtk, DCM_AdditionalPatientHistory), "line one\r\nline two \\ three");
  Uint16 columns = 0;
  ASSERT_TRUE(dcmtk->findAndGetUint16(DCM_AcquisitionMatrix, columns, 1).good());
  EXPECT_EQ(columns, 256);
  Sint32 x0 = 0;
  ASSERT_TRUE(dcmtk->findAndGetSint32(DCM_ReferencePixelX0, x0).good());
  EXPECT_EQ(x0, -12);
  Float64 time_range = 0;
  ASSERT_TRUE(dcmtk->findAndGetFloat64(DCM_TimeRange, time_range, 1).good());
  EXPECT_EQ(time_range, 2.25);
  DcmElement* pointers = nullptr;
  ASSERT_TRUE(dcmtk->findAndGetElement(DCM_FrameIncrementPointer, pointers).good());
  DcmTagKey pointer;
  ASSERT_TRUE(pointers->getTagVal(pointer, 1).good());
  EXPECT_EQ(pointer, DcmTagKey(0x0018, 0x1065));
  const Uint16* pixels = nullptr;
  unsigned long count = 0;
  ASSERT_TRUE(dcmtk->findAndGetUint16Array(DCM_PixelData, pixels, &count).good());
  ASSERT_EQ(count, 16u);
  EXPECT_EQ(pixels[0], 0x0801);  // bytes 01 08, little endian

  DcmItem* step = nullptr;
  ASSERT_TRUE(dcmtk->findAndGetSequenceItem(DCM_ScheduledProcedureStepSequence, step, 1).good());
  EXPECT_EQ(dcmtk_string(*step, DCM_ScheduledProcedureStepID), "SPS-0002");
  DcmItem* code = nullptr;
  ASSERT_TRUE(step->findAndGetSequenceItem(DCM_ScheduledProtocolCodeSequence, code, 0).good());
  EXPECT_EQ(dcmtk_string(*code, DCM_CodeMeaning), "MR Head");
}

TEST(DatasetConversion, KeepsEmptyAttributesPresentInDcmtk) {
  DicomDataset d;
  d.set(Tag{0x0010, 0x0030}, "").set(Tag{0x0028, 0x0100}, Vr::US, "").set_sequence(Tag{0x0008, 0x1110}, {});
  auto dcmtk = to_dcmtk(d);
  for (const auto& key : {DCM_PatientBirthDate, DCM_BitsAllocated, DCM_ReferencedStudySequence}) {
    DcmElement* element = nullptr;
    ASSERT_TRUE(dcmtk->findAndGetElement(key, element).good()) << key.toString().c_str();
    EXPECT_EQ(element->getLength(), 0u) << key.toString().c_str();
  }
  EXPECT_EQ(from_dcmtk(*dcmtk), d);
}

TEST(DatasetConversion, ReadsDcmtkBuiltDataSets) {
  DcmDataset dcmtk;
  dcmtk.putAndInsertString(DCM_PatientName, "ROE^RICHARD");
  dcmtk.putAndInsertString(DCM_ImageType, "DERIVED\\SECONDARY");
  dcmtk.putAndInsertUint16(DCM_Rows, 64);
  dcmtk.putAndInsertString(DCM_AccessionNumber, "");
  DcmItem* item = nullptr;
  ASSERT_TRUE(dcmtk.findOrCreateSequenceItem(DCM_RequestAttributesSequence, item, -2).good());
  item->putAndInsertString(DCM_RequestedProcedureID, "RP-1");

  auto d = from_dcmtk(dcmtk);
  EXPECT_EQ(d.string(Tag{0x0010, 0x0010}), "ROE^RICHARD");
  EXPECT_EQ(d.find(Tag{0x0008, 0x0008})->values, (std::vector<std::string>{"DERIVED", "SECONDARY"}));
  EXPECT_EQ(d.string(Tag{0x0028, 0x0010}), "64");
  ASSERT_TRUE(d.contains(Tag{0x0008, 0x0050}));
  EXPECT_TRUE(d.find(Tag{0x0008, 0x0050})->is_empty());
  EXPECT_EQ(d.find_path("RequestAttributesSequence[0]/RequestedProcedureID")->joined(), "RP-1");
}

TEST(DatasetConversion, PassesTheSpecificCharacterSetAndItsBytesThrough) {
  DicomDataset d;
  d.set(Tag{0x0008, 0x0005}, "ISO_IR 100").set(Tag{0x0010, 0x0010}, "M\xFCller^J\xF6rg");
  auto dcmtk = to_dcmtk(d);
  EXPECT_EQ(dcmtk_string(*dcmtk, DCM_SpecificCharacterSet), "ISO_IR 100");
  EXPECT_EQ(dcmtk_string(*dcmtk, DCM_PatientName), "M\xFCller^J\xF6rg");
  EXPECT_EQ(from_dcmtk(*dcmtk), d);
}

}  // namespace
}  // namespace ihe::net
