#include <gtest/gtest.h>

#include "actors/net/mllp/mllp_error.h"
#include "tests/unit/mllp/decoder_test_util.h"

namespace ihe::net::test {
namespace {

TEST(MllpFrame, WrapsMessageInStartAndEndBlocks) {
  EXPECT_EQ(frame("MSH|x"), std::string("\x0BMSH|x\x1C\x0D"));
}

TEST(FrameDecoder, DecodesOneFrameInOneChunk) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {frame(kAdt)});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].is_message());
  EXPECT_EQ(items[0].bytes, kAdt);
  EXPECT_FALSE(decoder.in_frame());
}

TEST(FrameDecoder, DecodesFrameArrivingOneByteAtATime) {
  FrameDecoder decoder;
  const auto items = decode(decoder, bytes_one_by_one(frame(kAdt)));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].bytes, kAdt);
}

TEST(FrameDecoder, DecodesFrameSplitAtEveryPosition) {
  const std::string stream = frame(kAdt);
  for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
    FrameDecoder decoder;
    const auto items = decode(decoder, {stream.substr(0, cut), stream.substr(cut)});
    ASSERT_EQ(items.size(), 1u) << "cut at " << cut;
    EXPECT_EQ(items[0].bytes, kAdt) << "cut at " << cut;
  }
}

TEST(FrameDecoder, DecodesCoalescedFramesInStreamOrder) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {frame(kAdt) + frame(kOrm) + frame(kAdt).substr(0, 10)});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].bytes, kAdt);
  EXPECT_EQ(items[1].bytes, kOrm);
  EXPECT_TRUE(decoder.in_frame());
  const auto rest = decode(decoder, {frame(kAdt).substr(10)});
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].bytes, kAdt);
}

TEST(FrameDecoder, DecodesEmptyFrameAsEmptyMessage) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {frame("")});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].is_message());
  EXPECT_EQ(items[0].bytes, "");
}

TEST(FrameDecoder, AcceptsMessageOfExactlyTheMaximumSize) {
  FrameDecoder decoder(kAdt.size());
  const auto items = decode(decoder, bytes_one_by_one(frame(kAdt)));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].is_message());
}

TEST(FrameDecoder, FinishOnCleanStreamYieldsNothing) {
  FrameDecoder decoder;
  const auto items = decode(decoder, {frame(kAdt)}, true);
  EXPECT_EQ(items.size(), 1u);
}

}  // namespace
}  // namespace ihe::net::test
