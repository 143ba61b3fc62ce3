#include "profiles/model/tag_text.h"

#include <fmt/core.h>

#include <charconv>

namespace ihe::profiles {

std::optional<TagNumber> parse_tag_text(std::string_view text) {
  if (text.size() != 11 || text[0] != '(' || text[5] != ',' || text[10] != ')') return std::nullopt;
  unsigned group = 0;
  unsigned element = 0;
  const auto hex = [](std::string_view part, unsigned& out) {
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out, 16);
    return ec == std::errc() && end == part.data() + part.size();
  };
  if (!hex(text.substr(1, 4), group) || !hex(text.substr(6, 4), element)) return std::nullopt;
  return static_cast<TagNumber>(group << 16 | element);
}

std::string tag_text(TagNumber tag) {
  return fmt::format("({:04X},{:04X})", tag >> 16, tag & 0xFFFF);
}

}  // namespace ihe::profiles
