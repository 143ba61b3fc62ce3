#include <atomic>
#include <cstdint>
#include <random>

#include "actors/image_manager/context.h"
#include "actors/image_manager/uid.h"

namespace ihe::actors::image_manager {

std::string new_uid() {
  // A random 17-digit run prefix (no leading zero: PS3.5 9.1 forbids it in a UID component) and a counter.
  static const std::uint64_t prefix =
      10000000000000000ULL +
      ((std::uint64_t{std::random_device{}()} << 32 | std::random_device{}()) % 90000000000000000ULL);
  static std::atomic<std::uint64_t> counter{0};
  return "2.25." + std::to_string(prefix) + std::to_string(++counter);
}

std::string hex_status(std::uint16_t status) {
  static const char* digits = "0123456789ABCDEF";
  std::string text = "0x";
  for (int shift = 12; shift >= 0; shift -= 4) text += digits[(status >> shift) & 0xF];
  return text;
}

}  // namespace ihe::actors::image_manager
