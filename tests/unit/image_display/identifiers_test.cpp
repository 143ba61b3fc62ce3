// The identifiers of RAD-14 and RAD-16 as they go on the wire, and the level checks on the request side.
#include <gtest/gtest.h>

#include "actors/image_display/rad_014_query.h"
#include "actors/image_display/rad_016_retrieve.h"
#include "base/harness_error.h"

namespace ihe::actors {
namespace {

dicom::Tag tag(std::string_view keyword) {
  return dicom::Tag::parse(keyword).value();
}

ImageQuery query(QueryLevel level, std::initializer_list<std::pair<const char*, const char*>> keys) {
  ImageQuery q{.level = level};
  for (const auto& [keyword, value] : keys) q.keys.set(tag(keyword), value);
  return q;
}

void expect_empty_keys(const dicom::DicomDataset& identifier, std::initializer_list<const char*> keywords) {
  for (const char* keyword : keywords) {
    ASSERT_TRUE(identifier.contains(tag(keyword))) << keyword;
    EXPECT_TRUE(identifier.find(tag(keyword))->is_empty()) << keyword;
  }
}

TEST(Rad14Identifier, StudyLevelAsksForTheRequiredUniqueAndMesaKeys) {
  const auto identifier = rad14_identifier(query(QueryLevel::Study, {{"PatientID", "PAT001"}}));
  EXPECT_EQ(identifier.string(tag("QueryRetrieveLevel")), "STUDY");
  EXPECT_EQ(identifier.string(tag("PatientID")), "PAT001");
  expect_empty_keys(identifier, {"StudyDate", "StudyTime", "AccessionNumber", "PatientName", "StudyID",
                                 "StudyInstanceUID", "ModalitiesInStudy", "NumberOfStudyRelatedSeries",
                                 "NumberOfStudyRelatedInstances", "RetrieveAETitle"});
}

TEST(Rad14Identifier, SeriesLevelCarriesTheStudyUidAndTheSeriesKeys) {
  const auto identifier = rad14_identifier(query(QueryLevel::Series, {{"StudyInstanceUID", "2.25.1"}}));
  EXPECT_EQ(identifier.string(tag("QueryRetrieveLevel")), "SERIES");
  EXPECT_EQ(identifier.string(tag("StudyInstanceUID")), "2.25.1");
  expect_empty_keys(identifier,
                    {"Modality", "SeriesNumber", "SeriesInstanceUID", "NumberOfSeriesRelatedInstances"});
  EXPECT_FALSE(identifier.contains(tag("AccessionNumber")));  // a study-level key has no place here
}

TEST(Rad14Identifier, ImageLevelAsksForTheKeysOfMesaTest404) {
  const auto identifier = rad14_identifier(
      query(QueryLevel::Image, {{"StudyInstanceUID", "2.25.1"}, {"SeriesInstanceUID", "2.25.2"}}));
  expect_empty_keys(identifier, {"InstanceNumber", "SOPInstanceUID", "SOPClassUID", "Rows", "Columns",
                                 "BitsAllocated", "NumberOfFrames"});
}

TEST(Rad14Identifier, PatientLevelAsksForNameAndId) {
  const auto identifier = rad14_identifier(query(QueryLevel::Patient, {}));
  EXPECT_EQ(identifier.string(tag("QueryRetrieveLevel")), "PATIENT");
  expect_empty_keys(identifier, {"PatientName", "PatientID"});
  EXPECT_FALSE(identifier.contains(tag("StudyInstanceUID")));
}

TEST(Rad14Identifier, CallerKeysOverrideAndExtendTheDefaults) {
  const auto identifier =
      rad14_identifier(query(QueryLevel::Study, {{"ModalitiesInStudy", "MR\\CT"}, {"InstitutionName", ""}}));
  EXPECT_EQ(identifier.string(tag("ModalitiesInStudy")), "MR\\CT");
  EXPECT_TRUE(identifier.contains(tag("InstitutionName")));
}

TEST(Rad14Identifier, SeriesWithoutAStudyUidIsAHarnessError) {
  EXPECT_THROW(rad14_identifier(query(QueryLevel::Series, {})), HarnessError);
  EXPECT_THROW(rad14_identifier(query(QueryLevel::Series, {{"StudyInstanceUID", ""}})), HarnessError);
}

TEST(Rad14Identifier, ImageNeedsASingleStudyAndSeriesUid) {
  EXPECT_THROW(rad14_identifier(query(QueryLevel::Image, {{"StudyInstanceUID", "2.25.1"}})), HarnessError);
  EXPECT_THROW(rad14_identifier(query(QueryLevel::Image, {{"StudyInstanceUID", "2.25.1\\2.25.3"},
                                                          {"SeriesInstanceUID", "2.25.2"}})),
               HarnessError);
  try {
    rad14_identifier(query(QueryLevel::Image, {{"StudyInstanceUID", "2.25.1"}}));
  } catch (const HarnessError& error) {
    EXPECT_NE(std::string(error.what()).find("Series Instance UID"), std::string::npos) << error.what();
  }
}

TEST(Rad16Identifier, CarriesTheUniqueKeysOfEachLevel) {
  const auto study = rad16_identifier({.level = QueryLevel::Study, .study_uid = "2.25.1"});
  EXPECT_EQ(study.string(tag("QueryRetrieveLevel")), "STUDY");
  EXPECT_EQ(study.string(tag("StudyInstanceUID")), "2.25.1");
  EXPECT_EQ(study.size(), 2u);
  const auto image = rad16_identifier({.level = QueryLevel::Image,
                                       .study_uid = "2.25.1",
                                       .series_uid = "2.25.2",
                                       .sop_instance_uids = {"2.25.3", "2.25.4"}});
  EXPECT_EQ(image.string(tag("SeriesInstanceUID")), "2.25.2");
  EXPECT_EQ(image.find(tag("SOPInstanceUID"))->values, (std::vector<std::string>{"2.25.3", "2.25.4"}));
}

TEST(Rad16Identifier, MissingUidsAndPatientLevelAreHarnessErrors) {
  EXPECT_THROW(rad16_identifier({.level = QueryLevel::Study}), HarnessError);
  EXPECT_THROW(rad16_identifier({.level = QueryLevel::Series, .study_uid = "2.25.1"}), HarnessError);
  EXPECT_THROW(rad16_identifier({.level = QueryLevel::Image, .study_uid = "2.25.1", .series_uid = "2.25.2"}),
               HarnessError);
  EXPECT_THROW(rad16_identifier({.level = QueryLevel::Patient, .study_uid = "2.25.1"}), HarnessError);
}

}  // namespace
}  // namespace ihe::actors
