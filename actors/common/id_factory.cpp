#include "actors/common/id_factory.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>

namespace ihe::actors {
namespace {

std::string base36(std::uint64_t value, std::size_t width) {
  static constexpr char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string text(width, '0');
  for (std::size_t i = width; i-- > 0; value /= 36) text[i] = kDigits[value % 36];
  return text;
}

}  // namespace

std::string decimal_128(std::uint64_t high, std::uint64_t low) {
  // Long division by 10 over four 32-bit limbs, most significant first.
  std::array<std::uint64_t, 4> limbs{high >> 32, high & 0xFFFFFFFFu, low >> 32, low & 0xFFFFFFFFu};
  std::string digits;
  while (std::any_of(limbs.begin(), limbs.end(), [](std::uint64_t l) { return l != 0; })) {
    std::uint64_t remainder = 0;
    for (auto& limb : limbs) {
      const std::uint64_t value = (remainder << 32) | limb;
      limb = value / 10;
      remainder = value % 10;
    }
    digits.push_back(static_cast<char>('0' + remainder));
  }
  if (digits.empty()) digits = "0";
  std::reverse(digits.begin(), digits.end());
  return digits;
}

IdFactory::IdFactory() {
  std::random_device device;
  std::seed_seq seed{device(), device(), device(), device(), device(), device(), device(), device()};
  random_.seed(seed);
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  run_prefix_ =
      base36(static_cast<std::uint64_t>(seconds), 6) + base36(static_cast<std::uint64_t>(getpid()), 2);
}

std::string IdFactory::uid() {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
  {
    const std::lock_guard lock(mutex_);
    high = random_();
    low = random_();
  }
  // RFC 4122 4.4: version 4 in the top nibble of time_hi_and_version, variant 10 in clock_seq_hi.
  high = (high & ~0xF000ull) | 0x4000ull;
  low = (low & ~(0xC0ull << 56)) | (0x80ull << 56);
  return "2.25." + decimal_128(high, low);
}

std::string IdFactory::short_id(char letter) {
  // 1 + 8 characters of prefix leave 7 digits (ten million ids per run) within SH's 16.
  static std::atomic<std::uint64_t> next{1};
  return std::string(1, letter) + run_prefix_ + std::to_string(next++ % 10'000'000);
}

std::string IdFactory::control_id() {
  // 'H' + 8 characters of prefix leave 11 decimal digits for the counter within MSH-10's 20.
  return "H" + run_prefix_ + std::to_string(next_control_++);
}

}  // namespace ihe::actors
