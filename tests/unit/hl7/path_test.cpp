#include <gtest/gtest.h>

#include "actors/hl7/message.h"
#include "actors/hl7/serialize.h"
#include "base/harness_error.h"
#include "tests/unit/hl7/parse_ok.h"
#include "tests/unit/hl7/swf_messages.h"

namespace ihe::hl7 {
namespace {

using test::parse_ok;

TEST(Hl7Path, ParsesEveryPart) {
  const auto path = Path::parse("OBX[2]-5[3].4.1");
  ASSERT_TRUE(path.has_value());
  EXPECT_EQ(path->segment, "OBX");
  EXPECT_EQ(path->segment_occurrence, 2u);
  EXPECT_EQ(path->field, 5u);
  EXPECT_EQ(path->repetition, 3u);
  EXPECT_EQ(path->component, 4u);
  EXPECT_EQ(path->subcomponent, 1u);
  EXPECT_EQ(path->to_string(), "OBX[2]-5[3].4.1");
  const auto plain = Path::parse("PID-3");
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(*plain, (Path{"PID", 1, 3, {}, {}, {}}));
  EXPECT_EQ(Path::parse("ZDS-1.1")->to_string(), "ZDS-1.1");
}

TEST(Hl7Path, RejectsMalformedText) {
  for (const char* bad : {"", "PID", "PID-", "pid-3", "PI-3", "PIDX-3", "PID-0", "PID-3[0]", "PID-3.0",
                          "PID[0]-3", "PID-3.1.2.3", "PID-3[1", "PID-3x", "PID 3", "PID-3..1", "PID-3.-1"}) {
    EXPECT_FALSE(Path::parse(bad).has_value()) << bad;
  }
  EXPECT_THROW(Message().get("PID3"), HarnessError);
}

TEST(Hl7Path, GetDefaultsOmittedIndexesToOne) {
  const Message m = parse_ok(samples::kAdtA04);
  EXPECT_EQ(m.get("PID-3"), "PAT001");
  EXPECT_EQ(m.get("PID-3[1].1.1"), "PAT001");
  EXPECT_EQ(m.get("PID-3.4"), "HOSP");
  EXPECT_EQ(m.get("PID-3[1].4.3"), "ISO");
  EXPECT_EQ(m.get("PID-3[2].4.1"), "NATION");
  EXPECT_EQ(m.get("PID-13[2]"), "555-0102");
}

TEST(Hl7Path, CountsTheRepetitionsOfAField) {
  const Message m = parse_ok(samples::kOmiO23);
  EXPECT_EQ(m.repetition_count("IPC-6"), 2u);
  EXPECT_EQ(m.repetition_count("IPC[2]-6"), 1u);
  EXPECT_EQ(m.repetition_count("IPC-8"), 1u);  // present but empty: one empty repetition
  EXPECT_EQ(m.repetition_count("IPC-99"), 0u);
  EXPECT_EQ(m.repetition_count("OBX-5"), 0u);
}

TEST(Hl7Path, GetReturnsEmptyForAnythingAbsent) {
  const Message m = parse_ok(samples::kOmiO23);
  for (const char* absent :
       {"OBX-5", "IPC[3]-1", "PID-3[2]", "PID-3.9", "PID-3.4.4", "PID-99", "MSH-21", "PID-5.1.2"}) {
    EXPECT_EQ(m.get(absent), "") << absent;
    EXPECT_EQ(m.get_er7(absent), "") << absent;
  }
}

TEST(Hl7Path, SetCreatesEveryMissingLevel) {
  Message m = Message::with_header();
  m.set("PID-3[2].4.2", "1.2.3");
  EXPECT_EQ(serialize(m), "MSH|^~\\&\rPID|||~^^^&1.2.3\r");
  EXPECT_EQ(m.get("PID-3[2].4.2"), "1.2.3");
  m.set("MSH-10", "C1");
  EXPECT_EQ(serialize(m), "MSH|^~\\&||||||||C1\rPID|||~^^^&1.2.3\r");
}

TEST(Hl7Path, SetOnALaterOccurrenceAddsSegmentsAfterTheLastOfItsKind) {
  Message m = parse_ok("MSH|^~\\&\rOBR|1\rOBX|1\rNTE|1\r");
  m.set("OBX[3]-1", "3");
  std::vector<std::string> ids;
  for (const Segment& s : m.segments()) ids.push_back(s.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"MSH", "OBR", "OBX", "OBX", "OBX", "NTE"}));
  EXPECT_EQ(m.get("OBX[3]-1"), "3");
  EXPECT_EQ(m.get_er7("OBX[2]-1"), "");
  m.set("ZDS-1.1", "1.2.840.1");
  EXPECT_EQ(m.segments().back().id, "ZDS");
}

TEST(Hl7Path, SetLeavesSiblingsAlone) {
  Message m = parse_ok(samples::kAdtA04);
  const Message before = m;
  m.set("PID-5", m.get("PID-5"));
  EXPECT_EQ(m, before);
  m.set("PID-5", "DOE");
  EXPECT_EQ(m.get_er7("PID-5"), "DOE^ALICE^Q^^DR");
  m.set("PID-3[2].4.2", "9.9");
  EXPECT_EQ(m.get_er7("PID-3"), "PAT001^^^HOSP&1.2.3.4.5&ISO^MR~NAT900^^^NATION&9.9&ISO^NI");
}

TEST(Hl7Path, SetEr7ReplacesTheAddressedNode) {
  Message m = parse_ok(samples::kAdtA04);
  m.set_er7("MSH-9", "ADT^A08^ADT_A01");
  EXPECT_EQ(m.trigger_event(), "A08");
  m.set_er7("PID-3[2]", "X1^^^AUTH");
  EXPECT_EQ(m.get_er7("PID-3"), "PAT001^^^HOSP&1.2.3.4.5&ISO^MR~X1^^^AUTH");
  m.set_er7("PID-3.4", "NEW&1.2&ISO");
  EXPECT_EQ(m.get_er7("PID-3[1]"), "PAT001^^^NEW&1.2&ISO^MR");
  m.set_er7("PID-5.1", "O\\F\\NEIL");
  EXPECT_EQ(m.get("PID-5.1"), "O|NEIL");
  EXPECT_THROW(m.set_er7("PID-5.1", "A^B"), HarnessError);
  EXPECT_THROW(m.set_er7("PID-3[1]", "A~B"), HarnessError);
  EXPECT_THROW(m.set_er7("PID-3", "A|B"), HarnessError);
}

TEST(Hl7Path, RefusesToSetTheDelimiterFields) {
  Message m = Message::with_header();
  EXPECT_THROW(m.set("MSH-1", "#"), HarnessError);
  EXPECT_THROW(m.set("MSH-2", "^~\\&"), HarnessError);
  EXPECT_THROW(m.set_er7("MSH-2", "^~\\&"), HarnessError);
  EXPECT_THROW(m.set("MSH[2]-3", "X"), HarnessError);
}

TEST(Hl7Path, SettingAnMshFieldOnAMessageWithoutOneCreatesTheHeaderFirst) {
  Message m;
  m.set("PID-3", "P1");
  m.set("MSH-10", "C1");
  EXPECT_EQ(serialize(m), "MSH|^~\\&||||||||C1\rPID|||P1\r");
}

}  // namespace
}  // namespace ihe::hl7
