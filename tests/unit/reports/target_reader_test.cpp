#include "reports/readers/target_reader.h"

#include "tests/unit/reports/reader_test_support.h"

namespace ihe::reports {
namespace {

using test::ReaderFile;

// A complete target; each typo test changes one line of it, so the expected line number is that line's.
const std::string kGood = R"(<?xml version="1.0"?>
<target name="Lab archive" sut-role="image-manager">
  <dicom ae-title="ARCHIVE" host="127.0.0.1" port="104"/>
  <hl7 host="127.0.0.1" port="2575" application="PACS" facility="RAD" version="2.3.1"/>
  <harness>
    <dicom ae-title="HARNESS" port="11113"/>
    <hl7 host="10.0.0.2" port="2576" application="HARNESS" facility="IHE"/>
  </harness>
  <timeouts seconds="30"/>
</target>)";

std::string with_line(int line, const std::string& replacement) {
  std::string text;
  std::size_t start = 0;
  for (int i = 1; start <= kGood.size(); ++i) {
    const auto end = std::min(kGood.find('\n', start), kGood.size());
    text += (i == line ? replacement : kGood.substr(start, end - start)) + "\n";
    start = end + 1;
  }
  return text;
}

void expect_error(int line, const std::string& replacement, const std::string& message) {
  const ReaderFile file(with_line(line, replacement));
  EXPECT_EQ(file.error_of(read_target), file.at(line, message)) << replacement;
}

TEST(TargetReader, ReadsEverySettingOfACompleteTarget) {
  const ReaderFile file(kGood);
  const auto target = read_target(file.path());
  EXPECT_EQ(target.name, "Lab archive");
  EXPECT_EQ(target.sut_role, "image-manager");
  EXPECT_EQ(target.dicom.ae_title, "ARCHIVE");
  EXPECT_EQ(target.dicom.host, "127.0.0.1");
  EXPECT_EQ(target.dicom.port, 104);
  EXPECT_EQ(target.hl7.port, 2575);
  EXPECT_EQ(target.hl7.application, "PACS");
  EXPECT_EQ(target.hl7.facility, "RAD");
  EXPECT_EQ(target.hl7.version, "2.3.1");
  EXPECT_EQ(target.harness_dicom.ae_title, "HARNESS");
  EXPECT_EQ(target.harness_dicom.host, "127.0.0.1");
  EXPECT_EQ(target.harness_dicom.port, 11113);
  EXPECT_EQ(target.harness_hl7.host, "10.0.0.2");
  EXPECT_EQ(target.harness_hl7.version, "2.5.1");
  EXPECT_EQ(target.timeout_seconds, 30);
}

TEST(TargetReader, OptionalPartsTakeTheirDefaults) {
  const ReaderFile file(R"(<target name="T" sut-role="order-filler">
  <hl7 host="h" port="1" application="A" facility="F"/></target>)");
  const auto target = read_target(file.path());
  EXPECT_EQ(target.dicom.port, 0);
  EXPECT_EQ(target.hl7.version, "2.5.1");
  EXPECT_EQ(target.harness_dicom.port, 0);
  EXPECT_EQ(target.harness_hl7.port, 0);
  EXPECT_EQ(target.timeout_seconds, 10);
}

// <harness><storage>: the RAD-16 C-MOVE destination against an Image Manager, our Image Manager against
// a Modality; line 6 of kGood (the harness <dicom>) is where it goes in the error tests.
TEST(TargetReader, ReadsTheHarnessStorageListener) {
  const ReaderFile file(with_line(6, R"(<storage ae-title="STORE" host="10.0.0.3" port="11114"/>)"));
  const auto target = read_target(file.path());
  EXPECT_EQ(target.harness_storage.ae_title, "STORE");
  EXPECT_EQ(target.harness_storage.host, "10.0.0.3");
  EXPECT_EQ(target.harness_storage.port, 11114);
  EXPECT_EQ(target.harness_dicom.port, 0);
  const ReaderFile defaults(with_line(6, R"(<storage ae-title="STORE" port="11114"/>)"));
  EXPECT_EQ(read_target(defaults.path()).harness_storage.host, "127.0.0.1");
  EXPECT_EQ(read_target(ReaderFile(kGood).path()).harness_storage.port, 0);
}

TEST(TargetReader, HarnessStorageMistakesNameTheirLine) {
  expect_error(6, R"(<storage ae-title="STORE"/>)", "<storage> needs attribute 'port'");
  expect_error(6, R"(<storage port="11114"/>)", "<storage> needs attribute 'ae-title'");
  expect_error(6, R"(<storage ae-title="STORE" port="70000"/>)",
               "attribute 'port' must be a number from 1 to 65535, got '70000'");
  expect_error(6, R"(<storage aet="STORE" port="11114"/>)",
               "unknown attribute 'aet' on <storage> (known: ae-title, host, port)");
  expect_error(6, R"(<storage ae-title="A_TITLE_OF_17_CHR" port="11114"/>)",
               "ae-title 'A_TITLE_OF_17_CHR' is not a DICOM AE title (PS3.5 6.2: at most 16 printable ASCII "
               "characters, no backslash)");
}

TEST(TargetReader, PortsOutside1To65535AreRejectedWithTheirLine) {
  const std::string range = "attribute 'port' must be a number from 1 to 65535, got ";
  expect_error(3, R"(<dicom ae-title="A" host="h" port="0"/>)", range + "'0'");
  expect_error(3, R"(<dicom ae-title="A" host="h" port="65536"/>)", range + "'65536'");
  expect_error(4, R"(<hl7 host="h" port="-1" application="A" facility="F"/>)", range + "'-1'");
  expect_error(6, R"(<dicom ae-title="H" port="11113x"/>)", range + "'11113x'");
}

TEST(TargetReader, MissingRequiredAttributesAreNamed) {
  expect_error(2, R"(<target sut-role="image-manager">)", "<target> needs attribute 'name'");
  expect_error(3, R"(<dicom ae-title="A" host="h"/>)", "<dicom> needs attribute 'port'");
  expect_error(3, R"(<dicom host="h" port="104"/>)", "<dicom> needs attribute 'ae-title'");
  expect_error(4, R"(<hl7 port="2575" application="A" facility="F"/>)", "<hl7> needs attribute 'host'");
  expect_error(7, R"(<hl7 port="2576" application="A"/>)", "<hl7> needs attribute 'facility'");
}

TEST(TargetReader, MisspelledAttributesAndElementsAreRejected) {
  expect_error(3, R"(<dicom aet="A" host="h" port="104"/>)",
               "unknown attribute 'aet' on <dicom> (known: ae-title, host, port)");
  expect_error(9, R"(<timeout seconds="30"/>)",
               "unknown element <timeout> in <target> (known: dicom, hl7, harness, timeouts)");
  expect_error(6, R"(<dicom-listener ae-title="H" port="11113"/>)",
               "unknown element <dicom-listener> in <harness> (known: dicom, storage, hl7)");
  expect_error(9, R"(<timeouts secs="30"/>)", "unknown attribute 'secs' on <timeouts> (known: seconds)");
}

TEST(TargetReader, BadValuesAreRejected) {
  expect_error(2, R"(<target name="T" sut-role="image-archive">)",
               "unknown sut-role 'image-archive' (known: image-manager, order-filler, acquisition-modality)");
  expect_error(3, R"(<dicom ae-title="A_TITLE_OF_17_CHR" host="h" port="104"/>)",
               "ae-title 'A_TITLE_OF_17_CHR' is not a DICOM AE title (PS3.5 6.2: at most 16 printable ASCII "
               "characters, no backslash)");
  expect_error(4, R"(<hl7 host="h" port="2575" application="A" facility="F" version="2.4"/>)",
               "version '2.4' is not an HL7 version the harness speaks (2.5.1, 2.3.1)");
  expect_error(9, R"(<timeouts seconds="0"/>)",
               "attribute 'seconds' must be a number from 1 to 3600, got '0'");
}

TEST(TargetReader, ATargetWithoutAnyServiceOrWithATwiceWrittenElementIsRejected) {
  const ReaderFile none(R"(<target name="T" sut-role="order-filler"><timeouts seconds="5"/></target>)");
  EXPECT_EQ(none.error_of(read_target),
            none.at(1, "<target> needs a <dicom> or an <hl7> element: how to reach the SUT"));
  expect_error(5, R"(<dicom ae-title="B" host="h" port="105"/><harness>)",
               "<dicom> may appear only once here");
}

}  // namespace
}  // namespace ihe::reports
