// The validator agrees with an independent tool where both apply: dciodvfy (dicom3tools) checks the same
// image objects, and whatever it newly calls an error after we break one attribute we cover, we flag too.
#include <gtest/gtest.h>

#include <set>

#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/net_util.h"
#include "tests/unit/validation/finding_matchers.h"
#include "tests/unit/validation/samples.h"
#include "validation/dciodvfy.h"
#include "validation/dicom_validator.h"

namespace ihe::validation {
namespace {

using dicom::Tag;
using reports::Severity;

// dciodvfy's "Error - ..." or "Warning - ..." lines for the data set written as a Part 10 file.
std::set<std::string> dciodvfy_lines(const dicom::DicomDataset& ds, const std::string& prefix) {
  ihe::test::TempDir dir;
  EXPECT_FALSE(net::write_dicom_file(dir / "image.dcm", ds));
  const auto report = run_dciodvfy(dir / "image.dcm");
  EXPECT_TRUE(report.ran) << report.failure;
  const auto& lines = prefix == "Error" ? report.errors : report.warnings;
  return {lines.begin(), lines.end()};
}

struct Agreement {
  std::set<std::string> theirs;  // new dciodvfy lines of that severity
  std::vector<reports::Finding> ours;
};

Agreement after_breaking(void (*breaker)(dicom::DicomDataset&), const std::string& prefix) {
  const auto baseline = dciodvfy_lines(test::sc_image(), prefix);
  auto broken = test::sc_image();
  breaker(broken);
  Agreement result;
  for (const auto& line : dciodvfy_lines(broken, prefix))
    if (!baseline.contains(line)) result.theirs.insert(line);
  result.ours = validate_dicom(broken, test::dataset_rules("RAD-8", "image"));
  return result;
}

std::string joined(const std::set<std::string>& lines) {
  std::string text;
  for (const auto& l : lines) text += "\n  " + l;
  return text;
}

void expect_both_flag(const Agreement& a, const std::string& their_word, const std::string& location,
                      Severity severity) {
  ASSERT_FALSE(a.theirs.empty()) << "dciodvfy saw nothing new";
  bool named = false;
  for (const auto& line : a.theirs) named = named || line.find(their_word) != std::string::npos;
  EXPECT_TRUE(named) << their_word << " not in" << joined(a.theirs);
  const auto* ours = test::at(a.ours, location);
  ASSERT_NE(ours, nullptr) << "we did not flag " << location << test::all(a.ours)
                           << "\ndciodvfy:" << joined(a.theirs);
  EXPECT_EQ(ours->severity, severity) << ours->to_string();
}

TEST(DciodvfyAgreement, OurConformantImageHasNoDciodvfyErrors) {
  EXPECT_EQ(joined(dciodvfy_lines(test::sc_image(), "Error")), "");
  EXPECT_EQ(test::all(validate_dicom(test::sc_image(), test::dataset_rules("RAD-8", "image"))), " (none)");
}

TEST(DciodvfyAgreement, MissingPatientIdType2) {
  const auto a = after_breaking([](dicom::DicomDataset& ds) { ds.erase(Tag{0x0010, 0x0020}); }, "Error");
  expect_both_flag(a, "PatientID", "(0010,0020)", Severity::Error);
}

TEST(DciodvfyAgreement, EmptyStudyInstanceUidType1) {
  const auto a = after_breaking([](dicom::DicomDataset& ds) { ds.set(Tag{0x0020, 0x000D}, ""); }, "Error");
  expect_both_flag(a, "StudyInstanceUID", "(0020,000D)", Severity::Error);
}

TEST(DciodvfyAgreement, MissingSeriesInstanceUidType1) {
  const auto a = after_breaking([](dicom::DicomDataset& ds) { ds.erase(Tag{0x0020, 0x000E}); }, "Error");
  expect_both_flag(a, "SeriesInstanceUID", "(0020,000E)", Severity::Error);
}

TEST(DciodvfyAgreement, SexOutsideItsEnumeratedValues) {
  const auto a = after_breaking([](dicom::DicomDataset& ds) { ds.set(Tag{0x0010, 0x0040}, "X"); }, "Error");
  expect_both_flag(a, "Sex", "(0010,0040)", Severity::Error);
}

TEST(DciodvfyAgreement, UidWithLeadingZeroComponent) {
  const auto a = after_breaking(
      [](dicom::DicomDataset& ds) {
        ds.set(Tag{0x0020, 0x000D}, "1.02.3");
      },
      "Error");
  expect_both_flag(a, "Leading zero", "(0020,000D)", Severity::Error);
}

TEST(DciodvfyAgreement, StudyDateThatIsNoDate) {
  const auto a = after_breaking(
      [](dicom::DicomDataset& ds) {
        ds.set(Tag{0x0008, 0x0020}, "2024-01-06");
      },
      "Error");
  expect_both_flag(a, "Study Date", "(0008,0020)", Severity::Error);
}

TEST(DciodvfyAgreement, UnknownModalityIsAWarningForBoth) {
  const auto a = after_breaking(
      [](dicom::DicomDataset& ds) {
        ds.set(Tag{0x0008, 0x0060}, "XX");
      },
      "Warning");
  expect_both_flag(a, "Modality", "(0008,0060)", Severity::Warning);
}

}  // namespace
}  // namespace ihe::validation
