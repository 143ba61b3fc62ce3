#include <gtest/gtest.h>

#include <string>

#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"
#include "tests/unit/hl7/parse_ok.h"
#include "tests/unit/hl7/swf_messages.h"

namespace ihe::hl7 {
namespace {

using test::parse_ok;

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size()) {
    text.replace(pos, from.size(), to);
  }
  return text;
}

TEST(Hl7Parse, HonoursDelimitersDeclaredInMsh) {
  const Message m = parse_ok(samples::kAdtA04OtherDelimiters);
  EXPECT_EQ(m.delimiters(), (Delimiters{'*', ':', '+', '?', '%'}));
  EXPECT_EQ(m.get("MSH-1"), "*");
  EXPECT_EQ(m.get("MSH-2"), ":+?%");
  EXPECT_EQ(m.get("MSH-3"), "HIS_ADT");
  EXPECT_EQ(m.message_type(), "ADT");
  EXPECT_EQ(m.trigger_event(), "A04");
  EXPECT_EQ(m.get("PID-3[2].1"), "NAT900");
  EXPECT_EQ(m.get("PID-3[2].4.2"), "2.16.840.1.9");
  // '|' is plain data when the field separator is '*'; ?F? is the escaped '*'.
  EXPECT_EQ(m.get("PID-5.1"), "SMITH*JONES|PIPE");
  EXPECT_EQ(m.get("PID-5.2"), "ALICE");
}

TEST(Hl7Parse, SplitsFieldsIntoRepetitionsComponentsAndSubcomponents) {
  const Message m = parse_ok(samples::kAdtA04);
  const Segment* pid = m.find("PID");
  ASSERT_NE(pid, nullptr);
  ASSERT_GE(pid->fields.size(), 18u);
  const Field& ids = pid->fields[2];  // PID-3
  ASSERT_EQ(ids.repetitions.size(), 2u);
  ASSERT_EQ(ids.repetitions[0].components.size(), 5u);
  EXPECT_EQ(ids.repetitions[0].components[0].subcomponents, NodeList<std::string>{"PAT001"});
  EXPECT_EQ(ids.repetitions[0].components[3].subcomponents,
            (NodeList<std::string>{"HOSP", "1.2.3.4.5", "ISO"}));
  EXPECT_EQ(ids.repetitions[1].components[4].subcomponents, NodeList<std::string>{"NI"});
  EXPECT_EQ(pid->fields[0], Field{});                 // PID-1 empty: one empty leaf
  EXPECT_EQ(pid->fields[12].repetitions.size(), 2u);  // PID-13 phone numbers
}

TEST(Hl7Parse, NumbersMshFieldsFromTheFieldSeparator) {
  const Message m = parse_ok(samples::kOmiO23);
  EXPECT_EQ(m.get("MSH-1"), "|");
  EXPECT_EQ(m.get("MSH-2"), "^~\\&");
  EXPECT_EQ(m.get("MSH-3"), "OF_APP");
  EXPECT_EQ(m.get("MSH-4"), "RADIOLOGY");
  EXPECT_EQ(m.get("MSH-5"), "IM_APP");
  EXPECT_EQ(m.get("MSH-6"), "PACS");
  EXPECT_EQ(m.get("MSH-7"), "20240105110000");
  EXPECT_EQ(m.get_er7("MSH-9"), "OMI^O23^OMI_O23");
  EXPECT_EQ(m.message_type(), "OMI");
  EXPECT_EQ(m.trigger_event(), "O23");
  EXPECT_EQ(m.message_structure(), "OMI_O23");
  EXPECT_EQ(m.control_id(), "MSG00004");
  EXPECT_EQ(m.get("MSH-11"), "P");
  EXPECT_EQ(m.version(), "2.5.1");
}

TEST(Hl7Parse, AcceptsLfAndCrlfSegmentTerminators) {
  const Message canonical = parse_ok(samples::kOmgO19);
  const std::string text(samples::kOmgO19);
  EXPECT_EQ(parse_ok(replace_all(text, "\r", "\n")), canonical);
  EXPECT_EQ(parse_ok(replace_all(text, "\r", "\r\n")), canonical);
}

TEST(Hl7Parse, AcceptsAMissingFinalTerminatorAndBlankLines) {
  const Message canonical = parse_ok(samples::kAdtA40);
  std::string text(samples::kAdtA40);
  text.pop_back();
  EXPECT_EQ(parse_ok(text), canonical);
  EXPECT_EQ(parse_ok(replace_all(std::string(samples::kAdtA40), "\r", "\r\r\n")), canonical);
}

TEST(Hl7Parse, ListsAndCountsSegments) {
  const Message m = parse_ok(samples::kOmiO23);
  std::vector<std::string> ids;
  for (const Segment& s : m.segments()) ids.push_back(s.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"MSH", "PID", "PV1", "ORC", "TQ1", "OBR", "IPC", "IPC"}));
  EXPECT_EQ(m.count("IPC"), 2u);
  EXPECT_EQ(m.count("OBX"), 0u);
  ASSERT_NE(m.find("IPC", 2), nullptr);
  EXPECT_EQ(m.find("IPC", 2)->fields[3], Field::leaf("SPS5006"));
  EXPECT_EQ(m.find("IPC", 3), nullptr);
}

TEST(Hl7Serialize, WritesCanonicalTextBackByteForByte) {
  for (const std::string_view text : {samples::kAdtA04, samples::kAdtA40, samples::kOmgO19, samples::kOmiO23,
                                      samples::kAckO23, samples::kAdtA04OtherDelimiters}) {
    EXPECT_EQ(serialize(parse_ok(text)), text);
  }
}

TEST(Hl7Serialize, EndsEverySegmentWithCarriageReturnWhateverTheInputUsed) {
  const std::string lf = replace_all(std::string(samples::kAdtA40), "\r", "\n");
  EXPECT_EQ(serialize(parse_ok(lf)), samples::kAdtA40);
}

TEST(Hl7RoundTrip, ParseOfSerializeGivesBackABuiltMessage) {
  Message m = Message::with_header(Delimiters{'#', '$', '@', '!', '%'});
  m.set("MSH-3", "SENDER");
  m.set_er7("MSH-9", "ADT$A08$ADT_A01");
  m.set("MSH-10", "CTRL-1");
  m.set("PID-3[2].4.2", "1.2.3");
  m.set("PID-5.1", "O#BRIEN $ SONS ! 100% @home");
  m.set("OBX[3]-5", "");
  m.set("NTE-3", "line");
  const ParseResult back = parse(serialize(m));
  ASSERT_TRUE(back.ok()) << back.error().description;
  EXPECT_EQ(back.message(), m);
  EXPECT_EQ(back.message().get("PID-5.1"), "O#BRIEN $ SONS ! 100% @home");
}

// Plain and empty fields take a shorter road than split ones; the tree must be the same either way.
TEST(Hl7Parse, PlainFieldsHaveOneNodeAtEachLevel) {
  Field plain;
  plain.repetitions[0].components[0].subcomponents[0] = "PLAIN";
  EXPECT_EQ(Field::leaf("PLAIN"), plain);
  EXPECT_EQ(parse_field("PLAIN", Delimiters{}), plain);
  EXPECT_EQ(parse_field("", Delimiters{}), Field{});
  const Message m = parse_ok("MSH|^~\\&|A\rNTE|PLAIN||x^y\r");
  EXPECT_EQ(m.find("NTE")->fields.at(0), plain);
  EXPECT_EQ(m.find("NTE")->fields.at(1), Field{});
  EXPECT_EQ(m.find("NTE")->fields.at(2).repetitions.at(0).components.size(), 2u);
}

}  // namespace
}  // namespace ihe::hl7
