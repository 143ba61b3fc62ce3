#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actors/net/mllp/frame_decoder.h"

namespace ihe::net::test {

inline const std::string kAdt =
    "MSH|^~\\&|HIS|HOSP|RIS|HOSP|20261128||ADT^A01|MSG0001|P|2.5.1\rPID|1||PAT001\r";
inline const std::string kOrm = "MSH|^~\\&|HIS|HOSP|RIS|HOSP|20261128||OMI^O23|MSG0002|P|2.5.1\r";

// Feeds `chunks` one after another and collects everything the decoder yields (finish() included).
inline std::vector<DecodedItem> decode(FrameDecoder& decoder, const std::vector<std::string>& chunks,
                                       bool finish = false) {
  std::vector<DecodedItem> out;
  for (const auto& chunk : chunks) decoder.feed(chunk, out);
  if (finish) {
    if (auto pending = decoder.finish()) out.push_back(std::move(*pending));
  }
  return out;
}

inline std::vector<std::string> bytes_one_by_one(std::string_view stream) {
  std::vector<std::string> chunks;
  for (char c : stream) chunks.emplace_back(1, c);
  return chunks;
}

}  // namespace ihe::net::test
