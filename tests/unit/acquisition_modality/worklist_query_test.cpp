// RAD-5 identifiers: matching keys as given, every MESA "M" return key of PS3.4 K.6-1 (spec digest 3.1).
#include <gtest/gtest.h>

#include "actors/acquisition_modality/modality_tags.h"
#include "actors/acquisition_modality/rad_005_worklist_query.h"

namespace ihe::actors {
namespace {

namespace t = tags;

void expect_return_keys(const dicom::DicomDataset& keys) {
  for (const auto tag :
       {t::PatientName, t::PatientId, t::PatientBirthDate, t::PatientSex, t::PatientWeight,
        t::PregnancyStatus, t::IssuerOfPatientId, t::StudyInstanceUid, t::ReferencedStudySequence,
        t::AccessionNumber, t::RequestingPhysician, t::ReferringPhysicianName, t::RequestedProcedureId,
        t::RequestedProcedureDescription, t::RequestedProcedureCodeSequence, t::CurrentPatientLocation})
    EXPECT_TRUE(keys.contains(tag)) << tag.to_string();
  ASSERT_EQ(keys.items(t::ScheduledProcedureStepSequence).size(), 1u);  // K.6-1: a single item
  const auto& sps = keys.items(t::ScheduledProcedureStepSequence)[0];
  for (const auto tag : {t::ScheduledStationAeTitle, t::SpsStartDate, t::SpsStartTime, t::Modality,
                         t::ScheduledPerformingPhysicianName, t::SpsDescription,
                         t::ScheduledProtocolCodeSequence, t::SpsId, t::SpsLocation})
    EXPECT_TRUE(sps.contains(tag)) << tag.to_string();
  // Pitfall 7 (targets.md): a numeric key must be zero-length, never 0.
  EXPECT_TRUE(keys.find(t::PregnancyStatus)->is_empty());
}

TEST(WorklistQuery, PatientBasedMatchesOnTheGivenKeysOnly) {
  const auto keys = worklist_identifier(PatientWorklistQuery{"PAT001", "", "ACC001", ""});
  expect_return_keys(keys);
  EXPECT_EQ(keys.string(t::PatientId), "PAT001");
  EXPECT_EQ(keys.string(t::AccessionNumber), "ACC001");
  EXPECT_EQ(keys.string(t::PatientName), "");
  EXPECT_EQ(keys.string(t::RequestedProcedureId), "");
  EXPECT_EQ(keys.items(t::ScheduledProcedureStepSequence)[0].string(t::Modality), "");
}

TEST(WorklistQuery, BroadMatchesOnDateModalityAndStation) {
  const auto keys = worklist_identifier(BroadWorklistQuery{"20261127-20261128", "MR", "MODALITY1"});
  expect_return_keys(keys);
  const auto& sps = keys.items(t::ScheduledProcedureStepSequence)[0];
  EXPECT_EQ(sps.string(t::SpsStartDate), "20261127-20261128");
  EXPECT_EQ(sps.string(t::Modality), "MR");
  EXPECT_EQ(sps.string(t::ScheduledStationAeTitle), "MODALITY1");
  EXPECT_EQ(keys.string(t::PatientId), "");
}

TEST(WorklistQuery, BroadWithoutStationLeavesItUniversal) {
  const auto keys = worklist_identifier(BroadWorklistQuery{"20261128", "CT", ""});
  EXPECT_EQ(keys.items(t::ScheduledProcedureStepSequence)[0].string(t::ScheduledStationAeTitle), "");
}

}  // namespace
}  // namespace ihe::actors
