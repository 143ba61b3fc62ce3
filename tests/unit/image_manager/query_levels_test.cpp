#include <gtest/gtest.h>

#include "actors/image_manager/query_levels.h"

namespace ihe::actors::image_manager {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kLevel{0x0008, 0x0052};

DicomDataset at(std::string_view level) {
  DicomDataset keys;
  keys.set(kLevel, Vr::CS, level);
  return keys;
}

StoredInstance instance(std::string patient, std::string study, std::string series, std::string sop,
                        std::string modality) {
  DicomDataset a;
  a.set({0x0010, 0x0020}, Vr::LO, patient)
      .set({0x0020, 0x000D}, Vr::UI, study)
      .set({0x0020, 0x000E}, Vr::UI, series);
  a.set({0x0008, 0x0018}, Vr::UI, sop)
      .set({0x0008, 0x0060}, Vr::CS, modality)
      .set({0x0020, 0x0013}, Vr::IS, "1");
  return {"/x/" + sop + ".dcm", a};
}

TEST(IdentifierProblem, LevelsAndUniqueKeysPerModel) {  // PS3.4 C.4.1.3.1.1
  EXPECT_NE(identifier_problem(QueryRoot::Study, DicomDataset{}), "");
  EXPECT_EQ(identifier_problem(QueryRoot::Study, at("STUDY")), "");
  EXPECT_NE(identifier_problem(QueryRoot::Study, at("PATIENT")), "");
  EXPECT_EQ(identifier_problem(QueryRoot::Patient, at("PATIENT")), "");
  EXPECT_NE(identifier_problem(QueryRoot::Patient, at("STUDY")), "");  // needs Patient ID
  DicomDataset series = at("SERIES");
  series.set({0x0020, 0x000D}, Vr::UI, "1.2\\1.3");
  EXPECT_NE(identifier_problem(QueryRoot::Study, series), "");  // a list is no single value
  series.set({0x0020, 0x000D}, Vr::UI, "1.2");
  EXPECT_EQ(identifier_problem(QueryRoot::Study, series), "");
  EXPECT_NE(identifier_problem(QueryRoot::Study, at("IMAGE")), "");
}

TEST(LevelEntities, StudyLevelCountsAndModalities) {
  const std::vector<StoredInstance> archive{
      instance("P1", "S1", "S1.1", "S1.1.1", "CT"), instance("P1", "S1", "S1.2", "S1.2.1", "SR"),
      instance("P1", "S1", "S1.2", "S1.2.2", "SR"), instance("P2", "S2", "S2.1", "S2.1.1", "MR")};
  const auto studies = level_entities("STUDY", archive, "IM");
  ASSERT_EQ(studies.size(), 2u);
  EXPECT_EQ(studies[0].string({0x0020, 0x1206}), "2");
  EXPECT_EQ(studies[0].string({0x0020, 0x1208}), "3");
  EXPECT_EQ(studies[0].string({0x0008, 0x0061}), "CT\\SR");
  EXPECT_EQ(studies[0].string({0x0008, 0x0054}), "IM");
  EXPECT_FALSE(studies[0].contains({0x0020, 0x000E}));  // series attributes stay below
  EXPECT_EQ(level_entities("SERIES", archive, "IM").size(), 3u);
  EXPECT_EQ(level_entities("IMAGE", archive, "IM").size(), 4u);
  EXPECT_EQ(level_entities("PATIENT", archive, "IM")[0].string({0x0020, 0x1204}), "3");
}

}  // namespace
}  // namespace ihe::actors::image_manager
