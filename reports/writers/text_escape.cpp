#include "reports/writers/text_escape.h"

#include <fmt/core.h>

#include <optional>

namespace ihe::reports {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Decodes one UTF-8 sequence at text[i] (RFC 3629 4: no overlongs, no surrogates, at most U+10FFFF).
// Returns its length and code point, or length 0 for an invalid sequence (one byte is then skipped).
std::pair<std::size_t, char32_t> decode(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {1, lead};
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    return {0, 0};
  }
  if (i + length > text.size()) return {0, 0};
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {0, 0};
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
  return {length, cp};
}

// Calls map(code point) for each character; map returns what to write instead of its bytes, or nullopt
// to keep them. An invalid sequence arrives as U+FFFD and is written as U+FFFD when kept.
template <typename Map>
std::string transcode(std::string_view text, Map map) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    auto [length, cp] = decode(text, i);
    const auto bytes = length == 0 ? kReplacement : text.substr(i, length);
    if (length == 0) cp = 0xFFFD, length = 1;
    i += length;
    if (const auto replacement = map(cp)) {
      out += *replacement;
    } else {
      out += bytes;
    }
  }
  return out;
}

// The characters that are markup in both HTML and XML text and quoted attribute values.
std::optional<std::string> markup_reference(char32_t cp) {
  switch (cp) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    default:
      return std::nullopt;
  }
}

}  // namespace

std::string json_quoted(std::string_view text) {
  return "\"" +
         transcode(text,
                   [](char32_t cp) -> std::optional<std::string> {
                     switch (cp) {
                       case '"':
                         return "\\\"";
                       case '\\':
                         return "\\\\";
                       case '\n':
                         return "\\n";
                       case '\r':
                         return "\\r";
                       case '\t':
                         return "\\t";
                       default:
                         if (cp < 0x20) return fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
                         return std::nullopt;
                     }
                   }) +
         "\"";
}

std::string html_escaped(std::string_view text) {
  std::string unified;
  unified.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      unified += text[i];
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      unified += '\n';
    }
  }
  return transcode(unified, [](char32_t cp) -> std::optional<std::string> {
    if (auto reference = markup_reference(cp)) return reference;
    if (cp == '\'') return "&#39;";
    if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F) return std::string(kReplacement);
    return std::nullopt;
  });
}

std::string xml_escaped(std::string_view text, bool attribute) {
  return transcode(text, [attribute](char32_t cp) -> std::optional<std::string> {
    if (auto reference = markup_reference(cp)) return reference;
    if (cp == '\r' || (attribute && (cp == '\t' || cp == '\n')))
      return fmt::format("&#{};", static_cast<unsigned>(cp));
    if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0xFFFE || cp == 0xFFFF)
      return std::string(kReplacement);
    return std::nullopt;
  });
}

}  // namespace ihe::reports
