#include <algorithm>
#include <cstdio>

#include "actors/dicom/dicom_dataset.h"
#include "actors/dicom/vr_traits.h"

namespace ihe::dicom {
namespace {

constexpr std::size_t kCommentColumn = 52;
constexpr std::size_t kBulkBytesShown = 16;

// One attribute per line, so control characters (LT/ST/UT may hold CR LF) are shown escaped.
std::string printable(const std::string& value) {
  std::string text;
  for (unsigned char c : value) {
    if (c == '\n') {
      text += "\\n";
    } else if (c == '\r') {
      text += "\\r";
    } else if (c == '\t') {
      text += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
      text += buffer;
    } else {
      text += static_cast<char>(c);
    }
  }
  return text;
}

std::string hex_bytes(const std::vector<std::uint8_t>& bytes) {
  std::string text;
  for (std::size_t i = 0; i < bytes.size() && i < kBulkBytesShown; ++i) {
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%02X", bytes[i]);
    if (i > 0) text += '\\';
    text += buffer;
  }
  if (bytes.size() > kBulkBytesShown) text += "...";
  return text;
}

std::string value_text(const Element& element) {
  if (element.is_empty() && element.vr != Vr::SQ) return "(no value available)";
  switch (kind_of(element.vr)) {
    case VrKind::Text:
      return "[" + printable(element.joined()) + "]";
    case VrKind::Number:
    case VrKind::TagValue:
      return element.joined();
    case VrKind::Bulk:
      return hex_bytes(element.bytes);
    case VrKind::Sequence:
      return "(Sequence with " + std::to_string(element.items.size()) +
             (element.items.size() == 1 ? " item)" : " items)");
  }
  return {};
}

void append_line(std::string& out, std::size_t depth, std::string text, std::string_view comment) {
  text.insert(0, depth * 2, ' ');
  if (!comment.empty()) {
    text.resize(std::max(text.size() + 1, kCommentColumn), ' ');
    text += "# ";
    text += comment;
  }
  out += text;
  out += '\n';
}

void dump(const DicomDataset& dataset, std::size_t depth, std::string& out) {
  for (const auto& [tag, element] : dataset.elements()) {
    const auto* entry = lookup(tag);
    std::string comment(entry ? entry->keyword : "unknown");
    if (kind_of(element.vr) == VrKind::Bulk)
      comment = std::to_string(element.bytes.size()) + " bytes, " + comment;
    append_line(out, depth,
                tag.to_string() + " " + std::string(to_string(element.vr)) + " " + value_text(element),
                comment);
    for (std::size_t i = 0; i < element.items.size(); ++i) {
      const auto& item = element.items[i];
      append_line(out, depth + 1,
                  "(FFFE,E000) na (Item #" + std::to_string(i + 1) + " with " + std::to_string(item.size()) +
                      (item.size() == 1 ? " element)" : " elements)"),
                  {});
      dump(item, depth + 2, out);
    }
  }
}

}  // namespace

std::string DicomDataset::to_text() const {
  std::string out;
  dump(*this, 0, out);
  return out;
}

}  // namespace ihe::dicom
