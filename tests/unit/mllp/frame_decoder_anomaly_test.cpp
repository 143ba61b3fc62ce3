// "\v" is the MLLP start block 0x0B (vertical tab): "\x0BABC" would read as a single hex escape.

#include <gtest/gtest.h>

#include "actors/net/mllp/mllp_error.h"
#include "tests/unit/mllp/decoder_test_util.h"

namespace ihe::net::test {
namespace {

TEST(FrameDecoder, ReportsBytesBeforeFrameThenDecodesIt) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {"junk\r\n" + frame(kAdt)});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error, MllpError::BytesOutsideFrame);
  EXPECT_EQ(items[0].bytes, "junk\r\n");
  EXPECT_EQ(items[1].bytes, kAdt);
}

TEST(FrameDecoder, CollectsDrippedGarbageIntoOneReport) {
  FrameDecoder decoder;
  const auto items = decode(decoder, bytes_one_by_one("garbage" + frame(kAdt)));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error, MllpError::BytesOutsideFrame);
  EXPECT_EQ(items[0].bytes, "garbage");
  EXPECT_EQ(items[1].bytes, kAdt);
}

TEST(FrameDecoder, ReportsBytesBetweenFrames) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {frame(kAdt) + "\n" + frame(kOrm)});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[1].error, MllpError::BytesOutsideFrame);
  EXPECT_EQ(items[1].bytes, "\n");
  EXPECT_EQ(items[2].bytes, kOrm);
}

TEST(FrameDecoder, ReportsUnframedMessageAtFinish) {
  FrameDecoder decoder;
  EXPECT_TRUE(decode(decoder, {kAdt}).empty());
  const auto items = decode(decoder, {}, true);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error, MllpError::BytesOutsideFrame);
  EXPECT_EQ(items[0].bytes, kAdt);
}

TEST(FrameDecoder, BoundsGarbageBufferByMaximumSize) {
  FrameDecoder decoder(8);
  const auto items = decode(decoder, {std::string(20, 'x')}, true);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].bytes.size(), 8u);
  EXPECT_EQ(items[1].bytes.size(), 8u);
  EXPECT_EQ(items[2].bytes.size(), 4u);
  for (const auto& item : items) EXPECT_EQ(item.error, MllpError::BytesOutsideFrame);
}

TEST(FrameDecoder, RejectsEndBlockWithoutCarriageReturnAndDecodesNextFrame) {
  FrameDecoder decoder;
  const auto items = decode(decoder, bytes_one_by_one("\vABC\x1CX" + frame(kOrm)));
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].error, MllpError::BadFrameEnd);
  EXPECT_EQ(items[0].bytes, "\vABC\x1C");
  EXPECT_EQ(items[1].error, MllpError::BytesOutsideFrame);
  EXPECT_EQ(items[1].bytes, "X");
  EXPECT_EQ(items[2].bytes, kOrm);
}

TEST(FrameDecoder, StartBlockRightAfterEndBlockOpensNextFrame) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {"\vABC\x1C" + frame(kOrm)});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error, MllpError::BadFrameEnd);
  EXPECT_EQ(items[1].bytes, kOrm);
}

TEST(FrameDecoder, StartBlockInsideOpenFrameAbandonsIt) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {"\x0BHALF", frame(kAdt)});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error, MllpError::FrameInterrupted);
  EXPECT_EQ(items[0].bytes, "\x0BHALF");
  EXPECT_EQ(items[1].bytes, kAdt);
}

TEST(FrameDecoder, ReportsOversizedMessageOnceAndResyncsAtNextStartBlock) {
  FrameDecoder decoder(16);
  const std::string big = frame(std::string(100, 'B'));
  auto chunks = bytes_one_by_one(big);
  chunks.push_back(frame("small"));
  const auto items = decode(decoder, chunks, true);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error, MllpError::MessageTooLarge);
  EXPECT_EQ(items[0].bytes, "\x0B" + std::string(16, 'B'));
  EXPECT_TRUE(items[1].is_message());
  EXPECT_EQ(items[1].bytes, "small");
}

TEST(FrameDecoder, OversizedInOneChunkKeepsFollowingFrame) {
  FrameDecoder decoder(16);
  const auto items = decode(decoder, {frame(std::string(40, 'B')) + frame("next")});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error, MllpError::MessageTooLarge);
  EXPECT_EQ(items[1].bytes, "next");
}

TEST(FrameDecoder, FinishInsideFrameReportsIncompleteFrame) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {"\x0BMSH|partial"}, true);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error, MllpError::IncompleteFrame);
  EXPECT_EQ(items[0].bytes, "\x0BMSH|partial");
  EXPECT_FALSE(decoder.in_frame());
}

TEST(FrameDecoder, FinishAfterEndBlockKeepsItInRawBytes) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {"\x0BMSH\x1C"}, true);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error, MllpError::IncompleteFrame);
  EXPECT_EQ(items[0].bytes, "\x0BMSH\x1C");
}

TEST(FrameDecoder, StartsAfreshAfterFinish) {
  FrameDecoder decoder;
  decode(decoder, {"\x0Bopen"}, true);
  const auto items = decode(decoder, {frame(kAdt)});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].bytes, kAdt);
}

}  // namespace
}  // namespace ihe::net::test
