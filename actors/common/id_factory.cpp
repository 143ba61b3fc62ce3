#include "actors/common/id_factory.h"

#include <unistd.h>

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

IdFactory::IdFactory() {
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  // 'H', 6 base-36 digits of the start second (wraps after 69 years), 2 of the pid: 9 characters, which
  // leaves 11 decimal digits for the counter within MSH-10's 20.
  prefix_ = "H" + base36(static_cast<std::uint64_t>(seconds), 6) + base36(static_cast<std::uint64_t>(getpid()), 2);
}

std::string IdFactory::control_id() { return prefix_ + std::to_string(next_++); }

}  // namespace ihe::actors
