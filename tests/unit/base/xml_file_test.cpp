#include "base/xml/xml_file.h"

#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "tests/support/harness_error_text.h"

namespace ihe::xml {
namespace {

const char* kTarget =
    "<target>\n"
    "  <dicom aet='PACS' host='127.0.0.1' port='104'/>\n"
    "  <hl7 host='127.0.0.1' port='2575' prot='x'/>\n"
    "</target>\n";

TEST(XmlFile, ReadsAttributesAndChildren) {
  const auto file = XmlFile::parse(kTarget, "target.xml");
  const auto root = file.root("target");
  const auto dicom = root.required_child("dicom");
  EXPECT_EQ(dicom.required_attribute("aet"), "PACS");
  EXPECT_EQ(dicom.int_attribute("port", 0, 1, 65535), 104);
  EXPECT_EQ(dicom.where(), "target.xml:2");
  EXPECT_EQ(root.children().size(), 2u);
}

TEST(XmlFile, ListsEveryAttributeInDocumentOrder) {
  const auto hl7 = XmlFile::parse(kTarget, "target.xml").root("target").required_child("hl7");
  const std::vector<std::pair<std::string, std::string>> expected{
      {"host", "127.0.0.1"}, {"port", "2575"}, {"prot", "x"}};
  EXPECT_EQ(hl7.attributes(), expected);
}

TEST(XmlFile, ChildrenByNameFindsEveryRepeatedElement) {
  const auto file = XmlFile::parse("<a><peer n='1'/><x/><peer n='2'/><peer n='3'/></a>", "a.xml");
  const auto peers = file.root("a").children("peer");
  ASSERT_EQ(peers.size(), 3u);
  EXPECT_EQ(peers[2].required_attribute("n"), "3");
}

TEST(XmlFile, NamesFileAndLineOfAnUnknownAttribute) {
  const auto root = XmlFile::parse(kTarget, "target.xml").root("target");
  EXPECT_EQ(test::harness_error_of([&] {
              root.required_child("hl7").allow_only({"host", "port"}, {});
            }),
            "target.xml:3: unknown attribute 'prot' on <hl7> (known: host, port)");
}

TEST(XmlFile, NamesFileAndLineOfAnUnknownElement) {
  const auto root = XmlFile::parse(kTarget, "target.xml").root("target");
  EXPECT_EQ(test::harness_error_of([&] { root.allow_only({}, {"dicom"}); }),
            "target.xml:3: unknown element <hl7> in <target> (known: dicom)");
}

TEST(XmlFile, ReportsMalformedXmlWithItsLine) {
  EXPECT_EQ(test::harness_error_of([] { XmlFile::parse("<a>\n<b>\n</a>\n", "bad.xml"); }).substr(0, 26),
            "bad.xml:3: malformed XML: ");
}

TEST(XmlFile, RejectsAWrongRootAndBadValues) {
  const auto file = XmlFile::parse(kTarget, "t.xml");
  EXPECT_EQ(test::harness_error_of([&] { file.root("statement"); }),
            "t.xml:1: expected <statement> as the root element, found <target>");
  const auto dicom = file.root("target").required_child("dicom");
  EXPECT_EQ(test::harness_error_of([&] { dicom.int_attribute("port", 0, 1, 100); }),
            "t.xml:2: attribute 'port' must be a number from 1 to 100, got '104'");
  EXPECT_EQ(test::harness_error_of([&] { dicom.required_attribute("called"); }),
            "t.xml:2: <dicom> needs attribute 'called'");
  EXPECT_EQ(test::harness_error_of([&] { dicom.bool_attribute("aet", false); }),
            "t.xml:2: attribute 'aet' must be true or false, got 'PACS'");
}

TEST(XmlFile, ReportsAMissingFile) {
  EXPECT_EQ(test::harness_error_of([] { XmlFile::load("/nonexistent/x.xml"); }),
            "/nonexistent/x.xml: cannot open file");
}

}  // namespace
}  // namespace ihe::xml
