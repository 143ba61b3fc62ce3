#include <gtest/gtest.h>

#include <regex>

#include "actors/hl7/ack.h"
#include "actors/hl7/serialize.h"
#include "base/harness_error.h"
#include "tests/unit/hl7/parse_ok.h"
#include "tests/unit/hl7/swf_messages.h"

namespace ihe::hl7 {
namespace {

using test::parse_ok;

constexpr std::string_view kOrmV231 =
    "MSH|^~\\&|OF_APP^1.2.3^ISO|DSS|IM_APP|PACS|20240105120000||ORM^O01|ORM0001|P^T|2.3.1\r"
    "PID|||P1\r";

std::vector<std::string> segment_ids(const Message& m) {
  std::vector<std::string> ids;
  for (const Segment& s : m.segments()) ids.push_back(s.id);
  return ids;
}

AckOptions options(AckCode code) {
  return AckOptions{code, "ACK-1", "20240105110001", "", {}};
}

TEST(Hl7AckBuild, OriginalModeV251AckSwapsEndpointsAndAnswersTheControlId) {
  const Message ack = build_ack(parse_ok(samples::kOmiO23), options(AckCode::AA));
  EXPECT_EQ(segment_ids(ack), (std::vector<std::string>{"MSH", "MSA"}));
  EXPECT_EQ(ack.get("MSH-1"), "|");
  EXPECT_EQ(ack.get("MSH-2"), "^~\\&");
  EXPECT_EQ(ack.get("MSH-3"), "IM_APP");
  EXPECT_EQ(ack.get("MSH-4"), "PACS");
  EXPECT_EQ(ack.get("MSH-5"), "OF_APP");
  EXPECT_EQ(ack.get("MSH-6"), "RADIOLOGY");
  EXPECT_EQ(ack.get("MSH-7"), "20240105110001");
  EXPECT_EQ(ack.get_er7("MSH-9"), "ACK^O23^ACK");
  EXPECT_EQ(ack.get("MSH-10"), "ACK-1");
  EXPECT_EQ(ack.get("MSH-11"), "P");
  EXPECT_EQ(ack.get("MSH-12"), "2.5.1");
  EXPECT_EQ(ack.get_er7("MSA-1"), "AA");
  EXPECT_EQ(ack.get_er7("MSA-2"), "MSG00004");
  EXPECT_EQ(ack.get_er7("MSA-3"), "");
  EXPECT_EQ(
      serialize(ack),
      "MSH|^~\\&|IM_APP|PACS|OF_APP|RADIOLOGY|20240105110001||ACK^O23^ACK|ACK-1|P|2.5.1\rMSA|AA|MSG00004\r");
}

TEST(Hl7AckBuild, V231AckHasThePlainAckMessageTypeAndCopiesWholeFields) {
  AckOptions o = options(AckCode::AE);
  o.text = "order rejected: unknown procedure";
  const Message ack = build_ack(parse_ok(kOrmV231), o);
  EXPECT_EQ(ack.get_er7("MSH-9"), "ACK");
  EXPECT_EQ(ack.get_er7("MSH-5"), "OF_APP^1.2.3^ISO");
  EXPECT_EQ(ack.get_er7("MSH-3"), "IM_APP");
  EXPECT_EQ(ack.get_er7("MSH-11"), "P^T");
  EXPECT_EQ(ack.get("MSH-12"), "2.3.1");
  EXPECT_EQ(ack.get("MSA-1"), "AE");
  EXPECT_EQ(ack.get("MSA-2"), "ORM0001");
  EXPECT_EQ(ack.get("MSA-3"), "order rejected: unknown procedure");
}

TEST(Hl7AckBuild, EnhancedModeAcceptAcknowledgementsCarryCommitCodes) {
  const Message original = parse_ok(samples::kAdtA04);
  for (const AckCode code : {AckCode::CA, AckCode::CE, AckCode::CR, AckCode::AR}) {
    const Message ack = build_ack(original, options(code));
    EXPECT_EQ(ack.get("MSA-1"), to_string(code));
    EXPECT_EQ(ack.get("MSA-2"), "MSG00001");
    EXPECT_EQ(ack.get_er7("MSH-9"), "ACK^A04^ACK");
  }
}

TEST(Hl7AckBuild, WritesOneV251ErrPerError) {
  AckOptions o = options(AckCode::AE);
  o.errors = {
      AckError::make(ErrorCode::RequiredFieldMissing, ErrorLocation::at(*Path::parse("IPC[2]-5")),
                     "IPC-5 | modality missing"),
      AckError::make(ErrorCode::TableValueNotFound, ErrorLocation::at(*Path::parse("PID-8[1].1")), "", "W")};
  const Message ack = build_ack(parse_ok(samples::kOmiO23), o);
  EXPECT_EQ(segment_ids(ack), (std::vector<std::string>{"MSH", "MSA", "ERR", "ERR"}));
  EXPECT_EQ(ack.get_er7("ERR-1"), "");
  EXPECT_EQ(ack.get_er7("ERR-2"), "IPC^2^5");
  EXPECT_EQ(ack.get_er7("ERR-3"), "101^Required field missing^HL70357");
  EXPECT_EQ(ack.get_er7("ERR-4"), "E");
  EXPECT_EQ(ack.get_er7("ERR-8"), "IPC-5 \\F\\ modality missing");
  EXPECT_EQ(ack.get("ERR-8"), "IPC-5 | modality missing");
  EXPECT_EQ(ack.get_er7("ERR[2]-2"), "PID^1^8^1^1");
  EXPECT_EQ(ack.get_er7("ERR[2]-3"), "103^Table value not found^HL70357");
  EXPECT_EQ(ack.get_er7("ERR[2]-4"), "W");
  EXPECT_EQ(ack.find("ERR", 2)->fields.size(), 4u);
}

TEST(Hl7AckBuild, WritesV231ErrorsAsErr1Repetitions) {
  AckOptions o = options(AckCode::AE);
  o.errors = {AckError::make(ErrorCode::RequiredFieldMissing, ErrorLocation{"PID", 1, 3}),
              AckError::make(ErrorCode::UnsupportedEventCode, ErrorLocation{"MSH", 1, 9})};
  const Message ack = build_ack(parse_ok(kOrmV231), o);
  EXPECT_EQ(segment_ids(ack), (std::vector<std::string>{"MSH", "MSA", "ERR"}));
  EXPECT_EQ(ack.get_er7("ERR-1"),
            "PID^1^3^101&Required field missing&HL70357~MSH^1^9^201&Unsupported event code&HL70357");
  EXPECT_EQ(ack.find("ERR")->fields.size(), 1u);
}

TEST(Hl7AckBuild, KeepsTheOriginalsDelimiters) {
  const Message ack = build_ack(parse_ok(samples::kAdtA04OtherDelimiters), options(AckCode::AA));
  EXPECT_EQ(serialize(ack),
            "MSH*:+?%*RIS_OF*RADIOLOGY*HIS_ADT*HOSPITAL_A*20240105110001**ACK:A04:ACK*ACK-1*P*2.5.1\r"
            "MSA*AA*MSG00005\r");
}

TEST(Hl7AckBuild, StampsTheCurrentUtcTimeWhenNoTimestampIsGiven) {
  AckOptions o = options(AckCode::AA);
  o.timestamp.clear();
  const Message ack = build_ack(parse_ok(samples::kAdtA40), o);
  EXPECT_TRUE(std::regex_match(ack.get("MSH-7"), std::regex("20[0-9]{12}\\+0000"))) << ack.get("MSH-7");
}

TEST(Hl7AckBuild, RequiresAControlIdFromTheCaller) {
  AckOptions o = options(AckCode::AA);
  o.control_id.clear();
  EXPECT_THROW(build_ack(parse_ok(samples::kAdtA40), o), HarnessError);
}

TEST(Hl7AckBuild, AnswersTextWithoutAReadableHeader) {
  const ParseResult garbage = parse("\x01\x02 not hl7");
  ASSERT_FALSE(garbage.ok());
  AckOptions o = options(AckCode::AR);
  o.text = garbage.error().description;
  o.errors = {AckError::make(ErrorCode::SegmentSequenceError, ErrorLocation{"MSH", 1, 0}, "no MSH")};
  const Message ack = build_ack(garbage.error(), o, AckSender{"HARNESS", "LAB", "2.5.1", "P"});
  EXPECT_EQ(serialize(ack),
            "MSH|^~\\&|HARNESS|LAB|||20240105110001||ACK^^ACK|ACK-1|P|2.5.1\r"
            "MSA|AR||no MSH segment at offset 0\r"
            "ERR||MSH^1|100^Segment sequence error^HL70357|E||||no MSH\r");
  const ParseResult reread = parse(serialize(ack));
  ASSERT_TRUE(reread.ok()) << reread.error().description;
  const Message v231 =
      build_ack(garbage.error(), options(AckCode::AE), AckSender{"HARNESS", "LAB", "2.3.1", "T"});
  EXPECT_EQ(serialize(v231), "MSH|^~\\&|HARNESS|LAB|||20240105110001||ACK|ACK-1|T|2.3.1\rMSA|AE|\r");
}

TEST(Hl7AckBuild, AnswersTextThatBrokeAfterItsHeaderWithItsControlId) {
  const ParseResult broken = parse("MSH|^~\\&|OP|WARD|OF|RAD|20240105||OMG^O19^OMG_O19|C77|P|2.5.1\rP@D|1\r");
  ASSERT_FALSE(broken.ok());
  const Message ack = build_ack(broken.error(), options(AckCode::AR), AckSender{"HARNESS", "LAB"});
  EXPECT_EQ(ack.get("MSH-3"), "OF");
  EXPECT_EQ(ack.get("MSH-5"), "OP");
  EXPECT_EQ(ack.get_er7("MSH-9"), "ACK^O19^ACK");
  EXPECT_EQ(ack.get("MSA-1"), "AR");
  EXPECT_EQ(ack.get("MSA-2"), "C77");
}

}  // namespace
}  // namespace ihe::hl7
