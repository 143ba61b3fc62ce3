// The SUT's objects as an independent validator sees them: dicom3tools' dciodvfy on each image the harness's
// Image Manager archived (await RAD-8 value "image-files", the files as the SUT sent them), MESA modality
// test 284. A second opinion beside the harness's own rules (profiles/data/transactions), which cover the
// attributes IHE adds; dciodvfy covers the whole IOD of PS3.3.
#include <map>
#include <set>
#include <sstream>

#include "base/harness_error.h"
#include "scenarios/checks/standard_checks.h"
#include "validation/dciodvfy.h"

namespace ihe::scenarios {
namespace {

std::vector<std::filesystem::path> image_files(const CheckInput& in) {
  const auto listed = in.outcome.value("image-files");
  if (!listed)
    throw HarnessError("check dciodvfy reads the archived images of an await RAD-8 step (value image-files)");
  std::vector<std::filesystem::path> files;
  std::istringstream lines(*listed);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) files.emplace_back(line);
  return files;
}

// One finding per distinct error line, naming every image it was seen in (a modality repeats its mistakes
// in every image; one line each keeps the report readable).
std::vector<reports::Finding> dciodvfy_clean(const CheckInput& in) {
  std::map<std::string, std::string> images_by_error;
  std::set<std::string> iods;
  for (const auto& file : image_files(in)) {
    const auto report = validation::run_dciodvfy(file);
    if (!report.ran)  // our tool, not the SUT: the step ends Error, never a verdict on the product
      throw HarnessError("dciodvfy (dicom3tools) could not check " + file.filename().string() + ": " +
                         report.failure);
    auto errors = report.errors;
    if (errors.empty() && report.exit_status != 0)
      errors.push_back("dciodvfy ended with status " + std::to_string(report.exit_status));
    const auto image = file.stem().string();  // the archive names files by SOP Instance UID
    for (const auto& error : errors) {
      auto& images = images_by_error[error];
      images += (images.empty() ? "" : ", ") + image;
    }
    iods.insert(report.iod);
  }
  std::string iod_names;
  for (const auto& iod : iods) iod_names += (iod_names.empty() ? "" : ", ") + iod;
  std::vector<reports::Finding> findings;
  for (const auto& [error, images] : images_by_error)
    findings.push_back(shortfall("image " + images,
                                 "no dciodvfy error: the object conforms to its IOD (" + iod_names + ")",
                                 error, "dciodvfy: " + error));
  return findings;
}

}  // namespace

void add_object_checks(CheckRegistry& registry) {
  registry.add({"dciodvfy",
                "dicom3tools' dciodvfy finds no error in any image await RAD-8 saw archived (MESA 284)",
                {},
                {},
                dciodvfy_clean});
}

}  // namespace ihe::scenarios
