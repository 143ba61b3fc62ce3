// The dciodvfy check (scenarios/checks/object_checks.cpp) on Part-10 files as await RAD-8 lists them, with
// the real dciodvfy (dicom3tools) judging.
#include <gtest/gtest.h>

#include <cstdlib>

#include "actors/net/dicom/conversion/dicom_file.h"
#include "base/harness_error.h"
#include "scenarios/checks/standard_checks.h"
#include "tests/support/net_util.h"
#include "tests/unit/validation/samples.h"

namespace ihe::scenarios {
namespace {

using dicom::Tag;

class DciodvfyCheck : public ::testing::Test {
 protected:
  // Writes the images as the archive would (file name = SOP Instance UID) and lists them in image-files.
  void archive(const std::vector<dicom::DicomDataset>& images) {
    std::string files;
    for (const auto& image : images) {
      const auto file = dir_ / (image.string(Tag{0x0008, 0x0018}).value_or("none") + ".dcm");
      ASSERT_FALSE(net::write_dicom_file(file, image));
      files += (files.empty() ? "" : "\n") + file.string();
    }
    outcome_.values["image-files"] = files;
  }
  std::vector<reports::Finding> check() { return registry_.find("dciodvfy")->run({outcome_, {}}); }

  static dicom::DicomDataset image(const std::string& sop_uid) {
    auto data = validation::test::sc_image();
    data.set(Tag{0x0008, 0x0018}, sop_uid);
    return data;
  }

  ihe::test::TempDir dir_;
  CheckRegistry registry_ = standard_checks();
  StepOutcome outcome_;
};

TEST_F(DciodvfyCheck, ConformantImagesPass) {
  archive({image("2.25.1"), image("2.25.2")});
  const auto findings = check();
  EXPECT_TRUE(findings.empty()) << findings[0].to_string();
}

TEST_F(DciodvfyCheck, AnErrorRepeatedInEveryImageIsOneFindingNamingThemAll) {
  auto broken = image("2.25.1");
  broken.erase(Tag{0x0028, 0x0004});  // Photometric Interpretation, type 1 (PS3.3 C.7.6.3)
  auto also_broken = image("2.25.2");
  also_broken.erase(Tag{0x0028, 0x0004});
  archive({broken, also_broken, image("2.25.3")});
  const auto findings = check();
  ASSERT_FALSE(findings.empty());
  const auto& photometric = *std::find_if(findings.begin(), findings.end(), [](const auto& f) {
    return f.actual.find("Photometric") != std::string::npos;
  });
  EXPECT_EQ(photometric.location, "image 2.25.1, 2.25.2");
  EXPECT_EQ(photometric.actual.rfind("Error - ", 0), 0u) << photometric.actual;
  EXPECT_NE(photometric.expected.find("SC"), std::string::npos) << "names the IOD: " << photometric.expected;
}

TEST_F(DciodvfyCheck, AStepWithoutArchivedImagesIsAHarnessError) {
  EXPECT_THROW(check(), HarnessError);
}

// Not the SUT's doing: without dciodvfy the step ends Error (the runner catches HarnessError), never Fail.
TEST_F(DciodvfyCheck, NoDciodvfyOnThePathIsAHarnessErrorNotAFinding) {
  archive({image("2.25.1")});
  const std::string path = std::getenv("PATH");
  setenv("PATH", dir_.path().c_str(), 1);
  try {
    check();
    ADD_FAILURE() << "no error without dciodvfy";
  } catch (const HarnessError& e) {
    EXPECT_NE(std::string(e.what()).find("dciodvfy"), std::string::npos) << e.what();
  }
  setenv("PATH", path.c_str(), 1);
}

}  // namespace
}  // namespace ihe::scenarios
