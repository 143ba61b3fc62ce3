#include <gtest/gtest.h>

#include "actors/hl7/escape.h"
#include "actors/hl7/message.h"
#include "actors/hl7/serialize.h"
#include "tests/unit/hl7/parse_ok.h"
#include "tests/unit/hl7/swf_messages.h"

namespace ihe::hl7 {
namespace {

using test::parse_ok;

TEST(Hl7Escape, DecodesTheFiveDelimiterEscapesOnRead) {
  EXPECT_EQ(decode("a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f", Delimiters{}), "a|b^c&d~e\\f");
  const Message m = parse_ok(samples::kOmgO19);
  EXPECT_EQ(m.get("OBR-13"), "History: fall\\trip~twice");
  EXPECT_EQ(m.get("NTE-3"), "Patient is claustrophobic^anxious");
  EXPECT_EQ(m.get_er7("NTE-3"), "Patient is claustrophobic\\S\\anxious");
}

TEST(Hl7Escape, EncodesDelimitersOnWrite) {
  EXPECT_EQ(encode("a|b^c&d~e\\f", Delimiters{}), "a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f");
  Message m = Message::with_header();
  m.set("NTE-3", "x|y^z");
  EXPECT_EQ(serialize(m), "MSH|^~\\&\rNTE|||x\\F\\y\\S\\z\r");
  EXPECT_EQ(m.get("NTE-3"), "x|y^z");
}

TEST(Hl7Escape, KeepsOtherEscapeSequencesVerbatim) {
  const std::string_view kept = "\\H\\bold\\N\\ line\\.br\\next \\X0D0A\\ \\Zlocal\\ \\Cxxyy\\";
  EXPECT_EQ(decode(kept, Delimiters{}), kept);
  const Message m = parse_ok(std::string("MSH|^~\\&\rOBX|1|FT|||") + std::string(kept) + "\r");
  EXPECT_EQ(m.get("OBX-5"), kept);
  EXPECT_EQ(serialize(m), std::string("MSH|^~\\&\rOBX|1|FT|||") + std::string(kept) + "\r");
}

TEST(Hl7Escape, UsesTheMessagesOwnEscapeCharacter) {
  const Delimiters d{'*', ':', '+', '?', '%'};
  EXPECT_EQ(decode("a?F?b?S?c?E?d\\F\\", d), "a*b:c?d\\F\\");
  EXPECT_EQ(encode("a*b:c?d|\\", d), "a?F?b?S?c?E?d|\\");
}

TEST(Hl7Escape, LeavesAnUnterminatedEscapeAsItIs) {
  EXPECT_EQ(decode("tail \\F", Delimiters{}), "tail \\F");
  EXPECT_EQ(decode("\\F\\ and \\", Delimiters{}), "| and \\");
}

TEST(Hl7Escape, NeverEscapesMsh1AndMsh2) {
  const Message m = Message::with_header(Delimiters{'|', '^', '~', '\\', '&'});
  EXPECT_EQ(m.get("MSH-1"), "|");
  EXPECT_EQ(m.get("MSH-2"), "^~\\&");
  EXPECT_EQ(m.get_er7("MSH-2"), "^~\\&");
  EXPECT_EQ(serialize(m), "MSH|^~\\&\r");
}

}  // namespace
}  // namespace ihe::hl7
