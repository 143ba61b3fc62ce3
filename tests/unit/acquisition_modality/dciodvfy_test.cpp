// Every generated CT and MR image is a valid IOD: dicom3tools' dciodvfy reports no error (targets.md 4.4:
// exit 0 means at most warnings). Warnings are printed so a reader can look at them.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "actors/acquisition_modality/image_generator.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/unit/acquisition_modality/sample_worklist.h"

namespace ihe::actors {
namespace {

struct Verdict {
  int exit_code;
  std::string output;
};

Verdict dciodvfy(const std::filesystem::path& file) {
  const auto log = file.string() + ".dciodvfy.txt";
  const int code = test::run_command({"dciodvfy", file.string()}, log);
  std::ifstream in(log);
  std::stringstream text;
  text << in.rdbuf();
  return {code, text.str()};
}

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
    const auto verdict = dciodvfy(file);
    EXPECT_EQ(verdict.exit_code, 0) << verdict.output;
    EXPECT_EQ(verdict.output.find("Error"), std::string::npos) << verdict.output;
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

// The check must be able to fail: a CT image without KVP and Photometric Interpretation is invalid.
TEST(GeneratedImages, DciodvfyFindsAnErrorInABrokenImage) {
  test::TempDir dir;
  IdFactory uids;
  const auto step = scheduled();
  auto series = plan_series(step, 1, uids, {});
  auto image = generate_images(step, series, 1, uids, {}).front();
  image.erase({0x0018, 0x0060});  // KVP, type 2 in the CT Image module
  image.erase({0x0028, 0x0004});  // Photometric Interpretation, type 1
  const auto file = dir / "broken.dcm";
  ASSERT_FALSE(net::write_dicom_file(file, image));
  const auto verdict = dciodvfy(file);
  EXPECT_NE(verdict.output.find("Error"), std::string::npos) << verdict.output;
}

}  // namespace
}  // namespace ihe::actors
