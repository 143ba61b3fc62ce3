#include <algorithm>
#include <cstdio>

#include "actors/dicom/base64.h"
#include "actors/dicom/dicom_dataset.h"
#include "actors/dicom/vr_traits.h"

// The DICOM JSON model, PS3.18 Annex F.
namespace ihe::dicom {
namespace {

// Length of the well-formed UTF-8 sequence at text[i] (RFC 3629 section 4), 0 when there is none.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  std::size_t length = lead < 0x80                    ? 1
                       : lead >= 0xC2 && lead <= 0xDF ? 2
                       : lead >= 0xE0 && lead <= 0xEF ? 3
                       : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                      : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if ((lead == 0xE0 && byte(i + 1) < 0xA0) || (lead == 0xED && byte(i + 1) > 0x9F) ||
      (lead == 0xF0 && byte(i + 1) < 0x90) || (lead == 0xF4 && byte(i + 1) > 0x8F))
    return 0;
  return length;
}

// JSON is UTF-8 (RFC 8259 section 8.1). Values are kept in the data set's own character set; bytes that are
// no UTF-8 are read as ISO_IR 100 (Latin-1), the most common single-byte repertoire, rather than dropped.
void append_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = utf8_length(text, i);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04X", c);
      out += buffer;
    } else if (length == 0) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
      ++i;
      continue;
    } else {
      out.append(text.substr(i, length));
      i += length;
      continue;
    }
    ++i;
  }
  out += '"';
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// DS and IS allow forms JSON numbers do not (PS3.5 6.2: "+1", ".5", "1.", "007"): rewrite them as the
// same number in RFC 8259 section 6 syntax; nullopt when the text is no number at all.
std::optional<std::string> json_number(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  std::string out;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    if (text.front() == '-') out += '-';
    text.remove_prefix(1);
  }
  auto exponent_at = text.find_first_of("eE");
  auto mantissa = text.substr(0, exponent_at);
  auto dot = mantissa.find('.');
  auto whole = mantissa.substr(0, dot);
  auto fraction = dot == std::string_view::npos ? std::string_view() : mantissa.substr(dot + 1);
  if (whole.empty() && fraction.empty()) return std::nullopt;
  if ((!whole.empty() && !all_digits(whole)) || (!fraction.empty() && !all_digits(fraction)))
    return std::nullopt;
  while (whole.size() > 1 && whole.front() == '0') whole.remove_prefix(1);
  out += whole.empty() ? "0" : std::string(whole);
  if (!fraction.empty()) out += "." + std::string(fraction);
  if (exponent_at != std::string_view::npos) {
    auto exponent = text.substr(exponent_at + 1);
    std::string sign;
    if (!exponent.empty() && (exponent.front() == '+' || exponent.front() == '-')) {
      sign = exponent.front();
      exponent.remove_prefix(1);
    }
    if (!all_digits(exponent)) return std::nullopt;
    out += "e" + sign + std::string(exponent);
  }
  return out;
}

// RFC 8259 section 6: integers beyond 2^53 lose precision in common parsers, so PS3.18 F.2.3.1 (CP-1861)
// lets SV and UV values fall back to a JSON String; DCMTK's dcm2json does the same.
bool is_exact_in_double(std::string_view integer) {
  if (!integer.empty() && integer.front() == '-') integer.remove_prefix(1);
  constexpr std::string_view kTwoTo53 = "9007199254740992";
  return integer.size() < kTwoTo53.size() || (integer.size() == kTwoTo53.size() && integer <= kTwoTo53);
}

bool is_json_number(Vr vr, std::string_view value) {
  if (vr == Vr::SV || vr == Vr::UV) return is_exact_in_double(value);
  return kind_of(vr) == VrKind::Number || vr == Vr::DS || vr == Vr::IS;
}

// PS3.18 F.2.2: a Person Name value is an object of its component groups, separated by '=' in DICOM.
void append_person_name(std::string& out, std::string_view value) {
  static constexpr std::string_view kGroups[] = {"Alphabetic", "Ideographic", "Phonetic"};
  out += '{';
  bool first = true;
  for (std::size_t group = 0; group < 3; ++group) {
    auto end = value.find('=');
    auto part = value.substr(0, end);
    if (!part.empty()) {
      if (!first) out += ',';
      first = false;
      append_string(out, kGroups[group]);
      out += ':';
      append_string(out, part);
    }
    if (end == std::string_view::npos) break;
    value.remove_prefix(end + 1);
  }
  out += '}';
}

void append_value(std::string& out, Vr vr, const std::string& value) {
  // PS3.18 F.2.5: an empty value among several is null.
  if (value.empty()) {
    out += "null";
  } else if (vr == Vr::PN) {
    append_person_name(out, value);
  } else if (vr == Vr::AT) {
    auto tag = Tag::parse(value);
    append_string(out, tag ? tag->to_string().substr(1, 4) + tag->to_string().substr(6, 4) : value);
  } else if (auto number = is_json_number(vr, value) ? json_number(value) : std::nullopt) {
    out += *number;
  } else {
    append_string(out, value);
  }
}

void append_dataset(std::string& out, const DicomDataset& dataset);

void append_element(std::string& out, const Element& element) {
  out += "{\"vr\":";
  append_string(out, to_string(element.vr));
  // PS3.18 F.2.5: a present but empty attribute has no "Value" (nor "InlineBinary").
  if (!element.is_empty()) {
    if (kind_of(element.vr) == VrKind::Bulk) {
      out += ",\"InlineBinary\":";
      append_string(out, base64_encode(element.bytes));
    } else {
      out += ",\"Value\":[";
      for (std::size_t i = 0; i < element.values.size(); ++i) {
        if (i > 0) out += ',';
        append_value(out, element.vr, element.values[i]);
      }
      for (std::size_t i = 0; i < element.items.size(); ++i) {
        if (i > 0) out += ',';
        append_dataset(out, element.items[i]);
      }
      out += ']';
    }
  }
  out += '}';
}

void append_dataset(std::string& out, const DicomDataset& dataset) {
  out += '{';
  bool first = true;
  for (const auto& [tag, element] : dataset.elements()) {
    if (tag.element == 0x0000) continue;  // PS3.18 F.2.2: Group Length attributes are not included
    if (!first) out += ',';
    first = false;
    char key[12];
    std::snprintf(key, sizeof key, "\"%04X%04X\":", tag.group, tag.element);
    out += key;
    append_element(out, element);
  }
  out += '}';
}

}  // namespace

std::string DicomDataset::to_json() const {
  std::string out;
  append_dataset(out, *this);
  return out;
}

}  // namespace ihe::dicom
