#include "reports/readers/statement_reader.h"

#include "tests/unit/reports/reader_test_support.h"

namespace ihe::reports {
namespace {

using test::ReaderFile;

IntegrationStatement read_statement(const std::filesystem::path& path) {
  return read_integration_statement(path);
}

std::string error_of(const std::string& text) {
  const ReaderFile file(text);
  return file.error_of(read_statement);
}

TEST(IntegrationStatementReader, ReadsHeaderAndClaimsInOrderWithEmptyOptionAsBaseline) {
  const ReaderFile file(R"(<?xml version="1.0"?>
<integration-statement vendor="V &amp; Co" product="P" version="1.0" date="2026-01-02">
  <claim profile="SWF.b" actor="IM"/>
  <claim profile="SWF.b" actor="IM" option="pps-referenced-instances"/>
  <claim profile="PIR" actor="IM" option=""/>
</integration-statement>)");
  const auto statement = read_integration_statement(file.path());
  EXPECT_EQ(statement.vendor, "V & Co");
  EXPECT_EQ(statement.product, "P");
  EXPECT_EQ(statement.version, "1.0");
  EXPECT_EQ(statement.date, "2026-01-02");
  ASSERT_EQ(statement.claims.size(), 3u);
  EXPECT_EQ(statement.claims[0], (Claim{"SWF.b", "IM", ""}));
  EXPECT_EQ(statement.claims[1], (Claim{"SWF.b", "IM", "pps-referenced-instances"}));
  EXPECT_EQ(statement.claims[2], (Claim{"PIR", "IM", ""}));
}

TEST(IntegrationStatementReader, NamesTheMissingRequiredAttributeAndItsLine) {
  const ReaderFile file(
      "<integration-statement vendor='V' product='P' date='2026-01-02'>\n"
      "  <claim profile='SWF.b' actor='IM'/>\n</integration-statement>");
  EXPECT_EQ(file.error_of(read_statement), file.at(1, "<integration-statement> needs attribute 'version'"));
  const ReaderFile claim(
      "<integration-statement vendor='V' product='P' version='1' date='2026-01-02'>\n"
      "  <claim profile='SWF.b' actor='IM'/>\n  <claim profile='SWF.b'/>\n"
      "</integration-statement>");
  EXPECT_EQ(claim.error_of(read_statement), claim.at(3, "<claim> needs attribute 'actor'"));
}

TEST(IntegrationStatementReader, RejectsAMisspelledAttributeOrElementWithItsLine) {
  const std::string head = "<integration-statement vendor='V' product='P' version='1' date='2026-01-02'>\n";
  const ReaderFile attr(head + "  <claim profile='SWF.b' actor='IM' opton='x'/>\n</integration-statement>");
  EXPECT_EQ(attr.error_of(read_statement),
            attr.at(2, "unknown attribute 'opton' on <claim> (known: profile, actor, option)"));
  const ReaderFile elem(head +
                        "  <claim profile='SWF.b' actor='IM'/>\n\n  <claims profile='PIR' actor='IM'/>\n"
                        "</integration-statement>");
  EXPECT_EQ(elem.error_of(read_statement),
            elem.at(4, "unknown element <claims> in <integration-statement> (known: claim)"));
}

TEST(IntegrationStatementReader, RejectsARepeatedClaimAndAStatementWithoutClaims) {
  const std::string head = "<integration-statement vendor='V' product='P' version='1' date='2026-01-02'>\n";
  const ReaderFile twice(head +
                         "<claim profile='PIR' actor='IM'/>\n<claim profile='PIR' actor='IM' option=''/>\n"
                         "</integration-statement>");
  EXPECT_EQ(twice.error_of(read_statement),
            twice.at(3, "claim profile='PIR' actor='IM' option='' appears twice"));
  const ReaderFile none(head + "</integration-statement>");
  EXPECT_EQ(none.error_of(read_statement), none.at(1, "<integration-statement> needs at least one <claim>"));
}

TEST(IntegrationStatementReader, RejectsAnotherRootAndMalformedXmlWithTheirLines) {
  EXPECT_NE(error_of("<target name='x'/>")
                .find(":1: expected <integration-statement> as the root element, "
                      "found <target>"),
            std::string::npos);
  EXPECT_NE(error_of("<integration-statement vendor='V'>\n<claim profile='a' actor='b'>\n"
                     "</integration-statement>")
                .find(":3: malformed XML"),
            std::string::npos);
}

TEST(IntegrationStatementReader, AMissingFileIsNamed) {
  const auto error = ReaderFile("").error_of([](const std::filesystem::path& path) {
    read_integration_statement(path.parent_path() / "absent.xml");
  });
  EXPECT_NE(error.find("absent.xml: cannot open file"), std::string::npos) << error;
}

}  // namespace
}  // namespace ihe::reports

namespace ihe::reports {
namespace {

TEST(IntegrationStatementReader, AClaimTheCatalogRejectsFailsAtItsOwnLine) {
  const ReaderFile file(
      "<integration-statement vendor='V' product='P' version='1' date='2026-01-02'>\n"
      "  <claim profile='SWF.b' actor='IM'/>\n  <claim profile='SWF.b' actor='XX'/>\n"
      "</integration-statement>");
  const auto no_xx = [](const Claim& c) { return c.actor == "XX" ? std::string("no actor 'XX'") : ""; };
  EXPECT_EQ(file.error_of([&](const auto& path) { return read_integration_statement(path, no_xx); }),
            file.at(3, "no actor 'XX'"));
  EXPECT_EQ(read_integration_statement(file.path()).claims.size(), 2u);  // no catalog: not the reader's job
}

}  // namespace
}  // namespace ihe::reports
