#include <gtest/gtest.h>

#include <string>

#include "actors/hl7/parse.h"
#include "base/harness_error.h"

namespace ihe::hl7 {
namespace {

// The error of text that must not parse.
ParseError error_of(std::string_view er7) {
  const ParseResult result = parse(er7);
  if (result.ok()) {
    ADD_FAILURE() << "parsed although it should not: " << er7;
    return {};
  }
  return result.error();
}

void expect_error(std::string_view er7, std::string_view segment, std::size_t index, std::size_t field,
                  std::size_t offset, std::string_view description) {
  SCOPED_TRACE(std::string(er7));
  const ParseError e = error_of(er7);
  EXPECT_EQ(e.segment, segment);
  EXPECT_EQ(e.segment_index, index);
  EXPECT_EQ(e.field, field);
  EXPECT_EQ(e.offset, offset);
  EXPECT_EQ(e.description, description);
}

TEST(Hl7ParseError, ReportsEmptyInput) {
  expect_error("", "", 0, 0, 0, "empty message");
}

TEST(Hl7ParseError, ReportsTextNotStartingWithMsh) {
  expect_error("PID|||X\r", "PID", 1, 0, 0, "no MSH segment at offset 0");
  expect_error("\rMSH|^~\\&\r", "\\x0DMS", 1, 0, 0, "no MSH segment at offset 0");
}

TEST(Hl7ParseError, ReportsTruncationInsideTheHeader) {
  expect_error("MS", "MS", 1, 0, 2, "truncated message: ends at offset 2 inside 'MSH'");
  expect_error("MSH", "MSH", 1, 1, 3,
               "truncated message: MSH ends at offset 3 before MSH-1 (field separator)");
  expect_error("MSH|^~", "MSH", 1, 2, 6, "truncated message: MSH ends at offset 6 inside MSH-2");
}

TEST(Hl7ParseError, ReportsAFieldSeparatorThatCannotDelimit) {
  expect_error("MSHA^~\\&A\r", "MSH", 1, 1, 3, "MSH-1 field separator 'A' at offset 3 cannot be a delimiter");
  expect_error("MSH ^~\\& \r", "MSH", 1, 1, 3, "MSH-1 field separator ' ' at offset 3 cannot be a delimiter");
}

TEST(Hl7ParseError, ReportsEncodingCharactersThatAreNotFourDistinctOnes) {
  expect_error("MSH|^^\\&|A\r", "MSH", 1, 2, 4,
               "MSH-2 encoding characters '^^\\&' are not 4 distinct characters");
  expect_error("MSH|^~\\|A\r", "MSH", 1, 2, 4,
               "MSH-2 encoding characters '^~\\' are not 4 distinct characters");
  expect_error("MSH|^~|&|A\r", "MSH", 1, 2, 4,
               "MSH-2 encoding characters '^~' are not 4 distinct characters");
  expect_error("MSH|^~\\&#!|A\r", "MSH", 1, 2, 4,
               "MSH-2 encoding characters '^~\\&#!' are not 4 distinct characters");
  expect_error("MSH|^~A&|A\r", "MSH", 1, 2, 6,
               "MSH-2 encoding characters '^~A&' contain 'A', which cannot be a delimiter");
}

TEST(Hl7ParseError, AcceptsTheV27TruncationCharacterAsAFifthEncodingCharacter) {
  const ParseResult result = parse("MSH|^~\\&#|A\rPID|1|#x\r");
  ASSERT_TRUE(result.ok()) << result.error().description;
  EXPECT_EQ(result.message().get("MSH-2"), "^~\\&#");
  EXPECT_EQ(result.message().get("PID-2"), "#x");
}

TEST(Hl7ParseError, ReportsAnInvalidSegmentIdWithItsIndexAndOffset) {
  expect_error("MSH|^~\\&|A\rPID|1\rP@D|2\r", "P@D", 3, 0, 17,
               "segment 3 'P@D' has an invalid segment id at offset 17");
  expect_error("MSH|^~\\&|A\rpid|1\r", "pid", 2, 0, 11,
               "segment 2 'pid' has an invalid segment id at offset 11");
  expect_error("MSH|^~\\&|A\rPIDX|1\r", "PIDX", 2, 0, 11,
               "segment 2 'PIDX' has an invalid segment id at offset 11");
  expect_error("MSH|^~\\&|A\r\nP@D|1\r\n", "P@D", 2, 0, 12,
               "segment 2 'P@D' has an invalid segment id at offset 12");
}

TEST(Hl7ParseError, ReportsASegmentIdCutShortByTheEndOfInput) {
  expect_error("MSH|^~\\&|A\rPV", "PV", 2, 0, 13,
               "truncated message: segment 2 'PV' ends at offset 13 inside its segment id");
}

TEST(Hl7ParseError, ReportsASecondMsh) {
  expect_error("MSH|^~\\&|A\rMSH|^~\\&|B\r", "MSH", 2, 0, 11, "segment 2 at offset 11 is a second MSH");
}

TEST(Hl7ParseError, ReportsAControlCharacterWithItsFieldAndOffset) {
  expect_error("MSH|^~\\&|A\rPID|1||x\x1cy\r", "PID", 2, 3, 19,
               "segment 2 'PID': PID-3 holds control character 0x1C at offset 19");
  expect_error(std::string("MSH|^~\\&|A|B\x0B\r", 14), "MSH", 1, 4, 12,
               "segment 1 'MSH': MSH-4 holds control character 0x0B at offset 12");
  expect_error(std::string("MSH|^~\\&|A\rNTE|1||a\0b\r", 22), "NTE", 2, 3, 19,
               "segment 2 'NTE': NTE-3 holds control character 0x00 at offset 19");
}

TEST(Hl7ParseError, CarriesTheHeaderReadBeforeTheError) {
  const ParseError e = error_of("MSH|^~\\&|APP|FAC|||||X^Y|CTRL7|P|2.5.1\rP@D\r");
  ASSERT_TRUE(e.header.has_value());
  EXPECT_EQ(e.header->id, "MSH");
  EXPECT_EQ(e.header->fields.at(9), Field::leaf("CTRL7"));
  EXPECT_FALSE(error_of("MSH|^^\\&|A\r").header.has_value());
}

// The header is taken from the message read so far, so an error inside the MSH line or in a later segment
// after many others must still see exactly the MSH (and the segments vector growing must not matter).
TEST(Hl7ParseError, HeaderIsTheMshWhateverFollowedIt) {
  EXPECT_FALSE(error_of(std::string("MSH|^~\\&|A|B\x0B\r", 14)).header.has_value());
  std::string text = "MSH|^~\\&|APP|FAC|||||X^Y|CTRL9|P|2.5.1";
  for (int i = 0; i < 40; ++i) text += "\rNTE|" + std::to_string(i) + "|a^b~c&d";
  const ParseError e = error_of(text + "\n\nP@D|1");
  EXPECT_EQ(e.segment_index, 42u);
  ASSERT_TRUE(e.header.has_value());
  EXPECT_EQ(e.header->fields.size(), 12u);
  EXPECT_EQ(e.header->fields.at(9), Field::leaf("CTRL9"));
}

TEST(Hl7ParseError, AskingAnErrorForItsMessageIsAHarnessBug) {
  const ParseResult result = parse("garbage");
  EXPECT_FALSE(result.ok());
  EXPECT_THROW(result.message(), HarnessError);
  EXPECT_THROW(parse("MSH|^~\\&\r").error(), HarnessError);
}

}  // namespace
}  // namespace ihe::hl7
