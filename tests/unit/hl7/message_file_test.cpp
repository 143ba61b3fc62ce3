#include "actors/hl7/message_file.h"

#include <gtest/gtest.h>

#include <fstream>

#include "base/harness_error.h"
#include "tests/support/net_util.h"

namespace ihe::hl7 {
namespace {

std::filesystem::path write(const ihe::test::TempDir& dir, const std::string& name, const std::string& text) {
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

const std::string kA04 = "MSH|^~\\&|ADT|HOSP|RIS|HOSP|20261128||ADT^A04^ADT_A01|A1|P|2.5.1\nPID|1||P1^^^HOSP\n";
const std::string kA08 = "MSH|^~\\&|ADT|HOSP|RIS|HOSP|20261128||ADT^A08^ADT_A01|A2|P|2.5.1\nPID|1||P1^^^HOSP\n";

TEST(Hl7MessageFile, SplitsAFileAtEveryMshLineAndWritesSegmentsWithCr) {
  ihe::test::TempDir dir;
  const auto messages = read_message_file(write(dir, "two.hl7", kA04 + "\n" + kA08));
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_EQ(messages[0].control_id, "A1");
  EXPECT_EQ(messages[1].control_id, "A2");
  EXPECT_EQ(messages[1].message.trigger_event(), "A08");
  EXPECT_EQ(messages[0].text.find('\n'), std::string::npos);
  EXPECT_EQ(messages[0].text.back(), '\r');
  EXPECT_TRUE(messages[0].label.ends_with("two.hl7#1"));
}

TEST(Hl7MessageFile, ReadsAnMllpFramedCapture) {
  ihe::test::TempDir dir;
  const auto messages = read_message_file(write(dir, "framed.hl7", "\x0B" + kA04 + "\x1C\r"));
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].message.get("PID-3.1"), "P1");
}

TEST(Hl7MessageFile, NamesTheFileAndMessageThatIsNotHl7) {
  ihe::test::TempDir dir;
  const auto path = write(dir, "bad.hl7", kA04 + "MSH|^~\n");
  try {
    read_message_file(path);
    FAIL() << "no error";
  } catch (const HarnessError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.hl7#2: not an HL7 message"), std::string::npos) << e.what();
  }
}

TEST(Hl7MessageFile, RejectsEmptyAndMissingFiles) {
  ihe::test::TempDir dir;
  EXPECT_THROW(read_message_file(write(dir, "empty.hl7", "")), HarnessError);
  EXPECT_THROW(read_message_file(dir / "absent.hl7"), HarnessError);
}

}  // namespace
}  // namespace ihe::hl7
