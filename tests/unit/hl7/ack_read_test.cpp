#include <gtest/gtest.h>

#include "actors/hl7/ack.h"
#include "tests/unit/hl7/parse_ok.h"
#include "tests/unit/hl7/swf_messages.h"

namespace ihe::hl7 {
namespace {

using test::parse_ok;

TEST(Hl7AckRead, ReadsMsaAndV251ErrSegments) {
  const auto ack = read_ack(parse_ok(samples::kAckO23));
  ASSERT_TRUE(ack.has_value());
  EXPECT_EQ(ack->code, "AE");
  EXPECT_EQ(ack->ack_code(), AckCode::AE);
  EXPECT_FALSE(ack->accepted());
  EXPECT_EQ(ack->control_id, "MSG00004");
  EXPECT_EQ(ack->text, "IPC-5 modality | unknown");
  ASSERT_EQ(ack->errors.size(), 2u);
  EXPECT_EQ(ack->errors[0], (AckError{ErrorLocation{"IPC", 1, 5, 1, 1, 0}, "103", "Table value not found",
                                      "E", "Modality X&Y not configured"}));
  EXPECT_EQ(ack->errors[1],
            (AckError{ErrorLocation{"IPC", 2, 5, 0, 0, 0}, "101", "Required field missing", "W", ""}));
}

TEST(Hl7AckRead, ReadsV231Err1Repetitions) {
  const auto ack = read_ack(parse_ok(
      "MSH|^~\\&|IM|PACS|OF|RAD|20240105||ACK|A2|P|2.3.1\rMSA|AR|ORM0001\r"
      "ERR|PID^1^3^101&Required field missing&HL70357~MSH^1^12^203&Unsupported version id&HL70357\r"));
  ASSERT_TRUE(ack.has_value());
  EXPECT_EQ(ack->ack_code(), AckCode::AR);
  EXPECT_EQ(ack->control_id, "ORM0001");
  ASSERT_EQ(ack->errors.size(), 2u);
  EXPECT_EQ(ack->errors[0], (AckError{ErrorLocation{"PID", 1, 3}, "101", "Required field missing", "", ""}));
  EXPECT_EQ(ack->errors[1], (AckError{ErrorLocation{"MSH", 1, 12}, "203", "Unsupported version id", "", ""}));
}

TEST(Hl7AckRead, ReadsApplicationResponsesToo) {
  const auto ori = read_ack(parse_ok(
      "MSH|^~\\&|IM|PACS|OF|RAD|20240105||ORI^O24^ORI_O24|R1|P|2.5.1\rMSA|AA|MSG00004\rPID|||PAT001\r"
      "ORC|OK|PLC1001\rOBR|1|PLC1001\rIPC|ACC3003|RP4004|1.2.3|SPS5005|CT\r"));
  ASSERT_TRUE(ori.has_value());
  EXPECT_TRUE(ori->accepted());
  EXPECT_EQ(ori->control_id, "MSG00004");
  EXPECT_TRUE(ori->errors.empty());
  const auto org =
      read_ack(parse_ok("MSH|^~\\&|OF|RAD|OP|WARD|20240105||ORG^O20^ORG_O20|R2|P|2.5.1\rMSA|CA|MSG00003\r"));
  ASSERT_TRUE(org.has_value());
  EXPECT_EQ(org->ack_code(), AckCode::CA);
  EXPECT_TRUE(org->accepted());
}

TEST(Hl7AckRead, FindsNothingWithoutMsa) {
  EXPECT_FALSE(read_ack(parse_ok(samples::kAdtA04)).has_value());
}

TEST(Hl7AckRead, KeepsAnUnknownCodeAsReceived) {
  const auto ack = read_ack(parse_ok("MSH|^~\\&|IM|PACS|OF|RAD|20240105||ACK|A3|P|2.5.1\rMSA|OK|X\r"));
  ASSERT_TRUE(ack.has_value());
  EXPECT_EQ(ack->code, "OK");
  EXPECT_EQ(ack->ack_code(), std::nullopt);
  EXPECT_FALSE(ack->accepted());
}

TEST(Hl7AckRead, ReadsBackWhatBuildAckWrote) {
  AckOptions o{AckCode::AE, "ACK-9", "20240105", "see ERR", {}};
  o.errors = {
      AckError::make(ErrorCode::DuplicateKeyIdentifier, ErrorLocation{"ORC", 1, 2, 1, 1}, "PLC1001 known")};
  const auto ack = read_ack(build_ack(parse_ok(samples::kOmgO19), o));
  ASSERT_TRUE(ack.has_value());
  EXPECT_EQ(ack->code, "AE");
  EXPECT_EQ(ack->control_id, "MSG00003");
  EXPECT_EQ(ack->text, "see ERR");
  ASSERT_EQ(ack->errors.size(), 1u);
  EXPECT_EQ(ack->errors[0], o.errors[0]);
}

}  // namespace
}  // namespace ihe::hl7
