#include <charconv>
#include <limits>

#include "actors/dicom/vr_traits.h"

namespace ihe::dicom {
namespace {

std::string_view strip(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  return text;
}

template <typename T>
std::optional<T> parse_whole(std::string_view text) {
  T value{};
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

template <typename T, typename Wide>
std::optional<std::string> normalise_integer(std::string_view text) {
  auto value = parse_whole<Wide>(text);
  if (!value || *value < static_cast<Wide>(std::numeric_limits<T>::min()) ||
      *value > static_cast<Wide>(std::numeric_limits<T>::max()))
    return std::nullopt;
  return format_number(*value);
}

template <typename T>
std::string shortest(T value) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace

VrKind kind_of(Vr vr) {
  switch (vr) {
    case Vr::US:
    case Vr::SS:
    case Vr::UL:
    case Vr::SL:
    case Vr::FL:
    case Vr::FD:
    case Vr::SV:
    case Vr::UV:
      return VrKind::Number;
    case Vr::AT:
      return VrKind::TagValue;
    case Vr::OB:
    case Vr::OD:
    case Vr::OF:
    case Vr::OL:
    case Vr::OV:
    case Vr::OW:
    case Vr::UN:
      return VrKind::Bulk;
    case Vr::SQ:
      return VrKind::Sequence;
    default:
      return VrKind::Text;
  }
}

bool is_multi_valued(Vr vr) {
  return vr != Vr::LT && vr != Vr::ST && vr != Vr::UT && vr != Vr::UR;
}

std::size_t bulk_unit_size(Vr vr) {
  switch (vr) {
    case Vr::OW:
      return 2;
    case Vr::OF:
    case Vr::OL:
      return 4;
    case Vr::OD:
    case Vr::OV:
      return 8;
    default:
      return 1;
  }
}

std::optional<std::string> normalise_number(Vr vr, std::string_view text) {
  text = strip(text);
  switch (vr) {
    case Vr::US:
      return normalise_integer<std::uint16_t, std::uint64_t>(text);
    case Vr::UL:
      return normalise_integer<std::uint32_t, std::uint64_t>(text);
    case Vr::UV:
      return normalise_integer<std::uint64_t, std::uint64_t>(text);
    case Vr::SS:
      return normalise_integer<std::int16_t, std::int64_t>(text);
    case Vr::SL:
      return normalise_integer<std::int32_t, std::int64_t>(text);
    case Vr::SV:
      return normalise_integer<std::int64_t, std::int64_t>(text);
    case Vr::FL:
      if (auto value = parse_whole<float>(text)) return format_number(*value);
      return std::nullopt;
    case Vr::FD:
      if (auto value = parse_whole<double>(text)) return format_number(*value);
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

std::string format_number(std::int64_t value) {
  return std::to_string(value);
}
std::string format_number(std::uint64_t value) {
  return std::to_string(value);
}
std::string format_number(float value) {
  return shortest(value);
}
std::string format_number(double value) {
  return shortest(value);
}

}  // namespace ihe::dicom
