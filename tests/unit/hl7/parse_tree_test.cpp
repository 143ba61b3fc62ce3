// The tree the parser builds for the edge cases of HL7 v2.5.1 2.5 (empty and trailing parts at every level,
// escapes, MSH-1/MSH-2, terminators), written out node by node so that a faster parser cannot drift.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "actors/hl7/parse.h"
#include "tests/unit/hl7/parse_ok.h"

namespace ihe::hl7 {
namespace {

using test::parse_ok;

// A field spelled out: repetitions of components of subcomponents.
Field tree(const std::vector<std::vector<std::vector<std::string>>>& repetitions) {
  Field field;
  field.repetitions.clear();
  for (const auto& components : repetitions) {
    Repetition& repetition = field.repetitions.emplace_back();
    repetition.components.clear();
    for (const auto& subcomponents : components) {
      repetition.components.emplace_back().subcomponents.assign(subcomponents.begin(), subcomponents.end());
    }
  }
  return field;
}

const std::vector<Field>& fields_of(const Message& m, std::string_view id) {
  const Segment* segment = m.find(id);
  if (segment == nullptr) throw std::runtime_error("no segment " + std::string(id));
  return segment->fields;
}

TEST(Hl7ParseTree, EmptyAndTrailingFieldsAreKeptAsEmptyLeaves) {
  const Message m = parse_ok("MSH|^~\\&|A\rPID|||X|||\r");
  EXPECT_EQ(fields_of(m, "PID"),
            (std::vector<Field>{Field{}, Field{}, Field::leaf("X"), Field{}, Field{}, Field{}}));
}

TEST(Hl7ParseTree, ASegmentOfOnlyItsIdHasNoFields) {
  const Message m = parse_ok("MSH|^~\\&|A\rPV1\rNTE|\r");
  EXPECT_TRUE(fields_of(m, "PV1").empty());
  EXPECT_EQ(fields_of(m, "NTE"), std::vector<Field>{Field{}});
}

// HL7 v2.5.1 2.5.3: an empty repetition or component is still a position.
TEST(Hl7ParseTree, RepetitionsOfEmptyComponentsKeepEveryPosition) {
  const Message m = parse_ok("MSH|^~\\&|A\rPID|~^~|^&^|a&&~\r");
  const auto& pid = fields_of(m, "PID");
  EXPECT_EQ(pid.at(0), tree({{{""}}, {{""}, {""}}, {{""}}}));
  EXPECT_EQ(pid.at(1), tree({{{""}, {"", ""}, {""}}}));
  EXPECT_EQ(pid.at(2), tree({{{"a", "", ""}}, {{""}}}));
}

// Leaves longer than a short-string buffer take the same road as short ones.
TEST(Hl7ParseTree, LongLeavesAtEveryLevel) {
  const std::string uid = "1.2.826.0.1.3680043.2.1125.1.1.987654321";
  const Message m =
      parse_ok("MSH|^~\\&|A\rIPC|" + uid + "|" + uid + "^" + uid + "&" + uid + "~" + uid + "\r");
  const auto& ipc = fields_of(m, "IPC");
  EXPECT_EQ(ipc.at(0), Field::leaf(uid));
  EXPECT_EQ(ipc.at(1), tree({{{uid}, {uid, uid}}, {{uid}}}));
}

// HL7 v2.5.1 2.7: escapes stay verbatim in the tree (so a message is written back byte for byte); get()
// decodes them.
TEST(Hl7ParseTree, EscapesStayInTheLeafAndGetDecodesThem) {
  const Message m = parse_ok("MSH|^~\\&|A\rNTE|a\\S\\b\\T\\c\\R\\d\\F\\e\\E\\f|x\\S\\^y\r");
  EXPECT_EQ(fields_of(m, "NTE").at(0), Field::leaf("a\\S\\b\\T\\c\\R\\d\\F\\e\\E\\f"));
  EXPECT_EQ(m.get("NTE-1"), "a^b&c~d|e\\f");
  EXPECT_EQ(fields_of(m, "NTE").at(1), tree({{{"x\\S\\"}, {"y"}}}));
  EXPECT_EQ(m.get("NTE-2.1"), "x^");
}

// HL7 v2.5.1 2.15.9.1/2: MSH-1 is the separator itself and MSH-2 is one leaf, never split at its own
// characters; MSH-3 is the first field after it.
TEST(Hl7ParseTree, MshOneAndTwoAreSingleLeaves) {
  const Message m = parse_ok("MSH|^~\\&|APP^FAC\r");
  const auto& msh = fields_of(m, "MSH");
  ASSERT_EQ(msh.size(), 3u);
  EXPECT_EQ(msh[0], Field::leaf("|"));
  EXPECT_EQ(msh[1], Field::leaf("^~\\&"));
  EXPECT_EQ(msh[2], tree({{{"APP"}, {"FAC"}}}));
  EXPECT_EQ(fields_of(parse_ok("MSH|^~\\&\r"), "MSH"),
            (std::vector<Field>{Field::leaf("|"), Field::leaf("^~\\&")}));
}

TEST(Hl7ParseTree, TerminatorsDoNotChangeTheTree) {
  const std::string cr = "MSH|^~\\&|A\rPID|1||P^^^H&1.2&ISO~Q\rPV1||O\r";
  std::string lf = cr;
  std::replace(lf.begin(), lf.end(), '\r', '\n');
  EXPECT_EQ(parse_ok(lf), parse_ok(cr));
  EXPECT_EQ(parse_ok("MSH|^~\\&|A\r\nPID|1||P^^^H&1.2&ISO~Q\r\nPV1||O"), parse_ok(cr));
}

// The public node parsers give the nodes the message parser builds in place.
TEST(Hl7ParseTree, NodeParsersAgreeWithTheMessageParser) {
  const Delimiters d;
  const Message m = parse_ok("MSH|^~\\&|A\rPID|a&b^c~^d\r");
  const Field& field = fields_of(m, "PID").at(0);
  EXPECT_EQ(parse_field("a&b^c~^d", d), field);
  EXPECT_EQ(parse_repetition("^d", d), field.repetitions.at(1));
  EXPECT_EQ(parse_component("a&b", d), field.repetitions.at(0).components.at(0));
  EXPECT_EQ(parse_component("", d), Component{});
}

}  // namespace
}  // namespace ihe::hl7
