// MWL item -> image header (RAD TF-2 Appendix A, spec digest 3.3), attribute by attribute.
#include <gtest/gtest.h>

#include "actors/acquisition_modality/faults.h"
#include "actors/acquisition_modality/image_generator.h"
#include "tests/unit/acquisition_modality/sample_worklist.h"

namespace ihe::actors {
namespace {

namespace t = tags;

std::string at(const dicom::DicomDataset& data, std::string_view path) {
  const auto* element = data.find_path(path);
  return element == nullptr ? "<absent>" : element->joined();
}

class ImageHeader : public ::testing::Test {
 protected:
  IdFactory uids;
  Station station{"MODALITY1", "CT1", "ROOM1", "CT"};
  PerformedProcedureStep step = scheduled_step({test::sample_worklist_item()}, station, uids);

  std::vector<dicom::DicomDataset> images(const FaultSwitches& faults = {}, int count = 2) {
    series = plan_series(step, 1, uids, faults);
    return generate_images(step, series, count, uids, faults);
  }
  PerformedSeries series;
};

TEST_F(ImageHeader, CopiesPatientAndStudyAttributesFromTheWorklist) {
  const auto image = images().front();
  EXPECT_EQ(image.string(t::PatientName), "DOE^JOHN");
  EXPECT_EQ(image.string(t::PatientId), "PAT001");
  EXPECT_EQ(image.string(t::IssuerOfPatientId), "HARNESS");
  EXPECT_EQ(image.string(t::PatientBirthDate), "19700101");
  EXPECT_EQ(image.string(t::PatientSex), "M");
  EXPECT_EQ(image.string(t::SpecificCharacterSet), "ISO_IR 100");
  EXPECT_EQ(image.string(t::StudyInstanceUid), "2.25.4242");
  EXPECT_EQ(image.string(t::AccessionNumber), "ACC001");
  EXPECT_EQ(image.string(t::ReferringPhysicianName), "REFERRING^DOC");
  EXPECT_EQ(at(image, "ReferencedStudySequence[0]/ReferencedSOPInstanceUID"), "2.25.4242");
  EXPECT_EQ(at(image, "ProcedureCodeSequence[0]/CodeValue"), "P1-10001");
  EXPECT_EQ(at(image, "ProcedureCodeSequence[0]/CodingSchemeDesignator"), "99HARNESS");
  EXPECT_EQ(image.string(t::StudyId), "RP001");  // convention, (unverified) as a TF rule
  EXPECT_EQ(image.string(t::StudyDescription), "CT HEAD W/O CONTRAST");
}

// Found by dciodvfy in SWF-MOD-100: a worklist may send an empty Referenced Study Sequence (type 2 there), an
// image may not carry one (type 3 in General Study: 1-n items when present).
TEST_F(ImageHeader, AnEmptyReferencedStudySequenceOfTheWorklistStaysBehind) {
  auto item = test::sample_worklist_item();
  item.set_sequence(t::ReferencedStudySequence, {});
  step = scheduled_step({item}, station, uids);
  EXPECT_FALSE(images().front().contains(t::ReferencedStudySequence));
}

TEST_F(ImageHeader, CarriesTheRequestAttributesOfTheScheduledStep) {
  const auto image = images().front();
  ASSERT_EQ(image.items(t::RequestAttributesSequence).size(), 1u);
  const auto& request = image.items(t::RequestAttributesSequence)[0];
  EXPECT_EQ(request.string(t::RequestedProcedureId), "RP001");
  EXPECT_EQ(request.string(t::SpsId), "SPS001");
  EXPECT_EQ(request.string(t::SpsDescription), "CT HEAD PROTOCOL 1");
  EXPECT_EQ(request.string(t::AccessionNumber), "ACC001");
  EXPECT_EQ(at(request, "ScheduledProtocolCodeSequence[0]/CodeValue"), "X1");
}

TEST_F(ImageHeader, ReferencesTheMppsAndCarriesThePerformedStep) {
  const auto image = images().front();
  EXPECT_EQ(at(image, "ReferencedPerformedProcedureStepSequence[0]/ReferencedSOPClassUID"),
            "1.2.840.10008.3.1.2.3.3");
  EXPECT_EQ(at(image, "ReferencedPerformedProcedureStepSequence[0]/ReferencedSOPInstanceUID"),
            step.sop_instance_uid);
  EXPECT_EQ(image.string(t::PpsId), step.pps_id);
  EXPECT_EQ(image.string(t::PpsStartDate), step.start.date);
  EXPECT_EQ(image.string(t::PpsStartTime), step.start.time);
  EXPECT_EQ(image.string(t::PpsDescription), "CT HEAD W/O CONTRAST");
}

TEST_F(ImageHeader, ImagesOfASeriesShareItAndAreListedInIt) {
  const auto generated = images({}, 3);
  ASSERT_EQ(series.images.size(), 3u);
  for (std::size_t i = 0; i < generated.size(); ++i) {
    EXPECT_EQ(generated[i].string(t::SeriesInstanceUid), series.series_uid);
    EXPECT_EQ(generated[i].string(t::SopClassUid), "1.2.840.10008.5.1.4.1.1.2");
    EXPECT_EQ(generated[i].string(t::SopInstanceUid), series.images[i].sop_instance_uid);
    EXPECT_EQ(generated[i].string(t::InstanceNumber), std::to_string(i + 1));
  }
  EXPECT_NE(generated[0].string(t::SopInstanceUid), generated[1].string(t::SopInstanceUid));
}

TEST_F(ImageHeader, MrStationMakesMrImages) {
  step.station.modality = "MR";
  const auto image = images().front();
  EXPECT_EQ(image.string(t::SopClassUid), "1.2.840.10008.5.1.4.1.1.4");
  EXPECT_EQ(image.string(t::Modality), "MR");
  EXPECT_EQ(image.string({0x0018, 0x0020}), "SE");  // Scanning Sequence
}

TEST_F(ImageHeader, UnscheduledImagesHaveAnEmptyAccessionAndTheirOwnStudy) {
  dicom::DicomDataset patient;
  patient.set(t::PatientName, "DOE^J1");
  patient.set(t::PatientId, "TMP001");
  step = unscheduled_step(patient, station, uids);
  const auto image = images().front();
  EXPECT_EQ(image.string(t::AccessionNumber), "");
  EXPECT_EQ(image.string(t::StudyInstanceUid), step.study_uid);
  EXPECT_FALSE(image.contains(t::RequestAttributesSequence));
}

FaultSwitches fault(const std::string& name) {
  return FaultSwitches::select(acquisition_modality_faults(), {name}, "acquisition-modality");
}

TEST_F(ImageHeader, FaultsChangeTheHeader) {
  const auto no_accession = images(fault("images-drop-accession-number")).front();
  EXPECT_FALSE(no_accession.contains(t::AccessionNumber));
  EXPECT_FALSE(no_accession.items(t::RequestAttributesSequence)[0].contains(t::AccessionNumber));
  EXPECT_FALSE(
      images(fault("images-drop-request-attributes")).front().contains(t::RequestAttributesSequence));
  const auto own_study = images(fault("images-new-study-uid")).front();
  EXPECT_NE(own_study.string(t::StudyInstanceUid), "2.25.4242");
  EXPECT_EQ(own_study.string(t::StudyInstanceUid), series.study_uid);
}

}  // namespace
}  // namespace ihe::actors
