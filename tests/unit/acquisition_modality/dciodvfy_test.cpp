// Every generated CT and MR image is a valid IOD: dicom3tools' dciodvfy reports no error (targets.md 4.4:
// exit 0 means at most warnings). Warnings are printed so a reader can look at them.
#include <gtest/gtest.h>

#include "actors/acquisition_modality/faults.h"
#include "actors/acquisition_modality/image_generator.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/net_util.h"
#include "tests/unit/acquisition_modality/sample_worklist.h"
#include "validation/dciodvfy.h"

namespace ihe::actors {
namespace {

void expect_valid_images(const std::string& modality, PerformedProcedureStep step) {
  test::TempDir dir;
  IdFactory uids;
  step.station.modality = modality;
  auto series = plan_series(step, 1, uids, {});
  const auto images = generate_images(step, series, 2, uids, {});
  for (std::size_t i = 0; i < images.size(); ++i) {
    const auto file = dir / (modality + std::to_string(i) + ".dcm");
    ASSERT_FALSE(net::write_dicom_file(file, images[i]));
    EXPECT_LT(std::filesystem::file_size(file), 8192u) << "a few KB";
    const auto verdict = validation::run_dciodvfy(file);
    ASSERT_TRUE(verdict.ran) << verdict.failure;
    EXPECT_EQ(verdict.exit_status, 0) << verdict.output;
    EXPECT_TRUE(verdict.errors.empty()) << verdict.output;
    if (i == 0) std::cout << modality << " dciodvfy:\n" << verdict.output;
  }
}

PerformedProcedureStep scheduled() {
  IdFactory uids;
  return scheduled_step({test::sample_worklist_item()}, Station{}, uids);
}

PerformedProcedureStep unscheduled() {
  IdFactory uids;
  dicom::DicomDataset patient;
  patient.set(tags::PatientName, "DOE^J1");
  patient.set(tags::PatientId, "TMP001");
  return unscheduled_step(patient, Station{}, uids);
}

TEST(GeneratedImages, ScheduledCtImagesPassDciodvfy) {
  expect_valid_images("CT", scheduled());
}
TEST(GeneratedImages, ScheduledMrImagesPassDciodvfy) {
  expect_valid_images("MR", scheduled());
}
TEST(GeneratedImages, UnscheduledCtImagesPassDciodvfy) {
  expect_valid_images("CT", unscheduled());
}
TEST(GeneratedImages, UnscheduledMrImagesPassDciodvfy) {
  expect_valid_images("MR", unscheduled());
}

// The check must be able to fail, and the modality's fault for MESA 284 must be an IOD error dciodvfy sees:
// Photometric Interpretation is type 1 in the Image Pixel module (PS3.3 C.7.6.3).
TEST(GeneratedImages, DciodvfyFindsTheFaultDroppingPhotometricInterpretation) {
  test::TempDir dir;
  IdFactory uids;
  const auto step = scheduled();
  auto series = plan_series(step, 1, uids, {});
  const auto faults = FaultSwitches::select(acquisition_modality_faults(),
                                            {"images-drop-photometric-interpretation"}, "modality");
  const auto image = generate_images(step, series, 1, uids, faults).front();
  EXPECT_FALSE(image.contains({0x0028, 0x0004}));
  const auto file = dir / "broken.dcm";
  ASSERT_FALSE(net::write_dicom_file(file, image));
  const auto verdict = validation::run_dciodvfy(file);
  ASSERT_TRUE(verdict.ran) << verdict.failure;
  EXPECT_NE(verdict.exit_status, 0);
  ASSERT_FALSE(verdict.errors.empty()) << verdict.output;
  EXPECT_NE(verdict.errors[0].find("Photometric"), std::string::npos) << verdict.output;
}

}  // namespace
}  // namespace ihe::actors
