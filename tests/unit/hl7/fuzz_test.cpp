// Text from a peer is untrusted: whatever bytes arrive, parse() must come back with a message or an error,
// never crash or hang. Deterministic seeds and bounded iterations keep these reproducible and fast.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"
#include "tests/unit/hl7/swf_messages.h"

namespace ihe::hl7 {
namespace {

constexpr std::string_view kAll[] = {samples::kAdtA04, samples::kAdtA40, samples::kOmgO19,
                                     samples::kOmiO23, samples::kAckO23, samples::kAdtA04OtherDelimiters};

// Either a well-formed error or a message that survives its own round trip.
void expect_message_or_error(const std::string& input) {
  const ParseResult result = parse(input);
  if (result.ok()) {
    const ParseResult again = parse(serialize(result.message()));
    ASSERT_TRUE(again.ok()) << again.error().description;
    EXPECT_EQ(again.message(), result.message());
  } else {
    EXPECT_FALSE(result.error().description.empty());
    EXPECT_LE(result.error().offset, input.size());
  }
}

TEST(Hl7ParseFuzz, RandomBytesGiveAMessageOrAnError) {
  std::mt19937 random(20240105);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<std::size_t> length(0, 200);
  // Most random text fails at "MSH"; a valid header in front sends the bytes into the segment reader.
  for (const std::string prefix : {"", "MSH", "MSH|^~\\&|", "MSH|^~\\&|A\rPID|"}) {
    for (int i = 0; i < 500; ++i) {
      std::string input = prefix;
      for (std::size_t n = length(random); n > 0; --n) input.push_back(static_cast<char>(byte(random)));
      expect_message_or_error(input);
    }
  }
}

TEST(Hl7ParseFuzz, EveryTruncationOfAValidMessageGivesAMessageOrAnError) {
  for (const std::string_view text : kAll) {
    for (std::size_t size = 0; size <= text.size(); ++size)
      expect_message_or_error(std::string(text.substr(0, size)));
  }
}

TEST(Hl7ParseFuzz, RandomlyCorruptedMessagesGiveAMessageOrAnError) {
  std::mt19937 random(7);
  // Delimiters, terminators and framing bytes are where a parser goes wrong; plain bytes fill the rest.
  const std::string nasty("|^~\\&\r\n\x0b\x1c\x00 MSHA", 15);
  std::uniform_int_distribution<std::size_t> pick(0, nasty.size() - 1);
  for (const std::string_view text : kAll) {
    std::uniform_int_distribution<std::size_t> where(0, text.size() - 1);
    for (int i = 0; i < 300; ++i) {
      std::string input(text);
      for (int edits = 1 + i % 4; edits > 0; --edits) input[where(random)] = nasty[pick(random)];
      expect_message_or_error(input);
    }
  }
}

}  // namespace
}  // namespace ihe::hl7
