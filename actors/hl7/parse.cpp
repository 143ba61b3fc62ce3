#include "actors/hl7/parse.h"

#include "actors/hl7/parse_tree.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace ihe::hl7 {
namespace {

constexpr std::size_t kFieldSeparatorOffset = 3;  // "MSH|": MSH-1 is the fourth byte (HL7 v2.5.1 2.15.9.1)
constexpr std::size_t kEncodingOffset = 4;

// A delimiter must be a printable ASCII punctuation character: letters, digits and controls would be
// indistinguishable from data or from the segment terminator.
bool can_delimit(char c) {
  return c > 0x20 && c < 0x7f && !std::isalnum(static_cast<unsigned char>(c));
}
bool is_terminator(char c) {
  return c == '\r' || c == '\n';
}
// Control characters have no place in ER7 data (HL7 v2.5.1 2.7: they travel as escapes); TAB is let
// through because free-text fields from real systems carry it. 0x0B and 0x1C here mean broken MLLP framing.
bool is_forbidden_control(char c) {
  return static_cast<unsigned char>(c) < 0x20 && c != '\t';
}

// What a byte is in one message's ER7, read from a table once per byte rather than compared with four
// delimiters and the control range.
constexpr unsigned char kData = 0, kFieldSeparator = 1, kInnerDelimiter = 2, kForbidden = 4;
using ByteClasses = std::array<unsigned char, 256>;

ByteClasses classes_of(const Delimiters& d) {
  ByteClasses classes{};
  for (int c = 0; c < 0x20; ++c)
    if (is_forbidden_control(static_cast<char>(c))) classes[static_cast<std::size_t>(c)] = kForbidden;
  classes[static_cast<unsigned char>(d.field)] = kFieldSeparator;
  for (const char c : {d.repetition, d.component, d.subcomponent})
    classes[static_cast<unsigned char>(c)] = kInnerDelimiter;
  return classes;
}

// Bytes from the wire shown in a one-line description.
std::string printable(std::string_view bytes) {
  std::string text;
  for (const char c : bytes.substr(0, 16)) {
    const auto byte = static_cast<unsigned char>(c);
    text += byte >= 0x20 && byte < 0x7f ? std::string(1, c) : fmt::format("\\x{:02X}", byte);
  }
  return bytes.size() > 16 ? text + "..." : text;
}

// A segment id cut short by the end of the input: an upper-case letter, then upper-case letters or digits.
bool is_segment_id_prefix(std::string_view id) {
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    if (!((c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9'))) return false;
  }
  return id.size() < 3;
}

struct Reader {
  std::string_view text;
  Delimiters delimiters;
  // The message read so far; its first segment, once there, is the MSH. Copied only into an error, so a
  // good message never pays for a second MSH.
  const Message* read = nullptr;
  // Field separators in the line check_segment() accepted last.
  std::size_t separators = 0;
  ByteClasses classes{};  // of `delimiters`, once they are read

  ParseError error(std::string_view id, std::size_t index, std::size_t field, std::size_t offset,
                   std::string description) const {
    std::optional<Segment> header;
    if (read != nullptr && !read->segments().empty()) header = read->segments().front();
    return ParseError{printable(id), index, field, offset, std::move(description), std::move(header)};
  }

  // MSH-1 and MSH-2 fix how everything after them is read, so they are checked before anything else.
  std::optional<ParseError> read_delimiters() {
    if (text.empty()) return error("", 0, 0, 0, "empty message");
    if (!text.starts_with("MSH")) {
      if (std::string_view("MSH").starts_with(text)) {
        return error(text, 1, 0, text.size(),
                     fmt::format("truncated message: ends at offset {} inside 'MSH'", text.size()));
      }
      return error(text.substr(0, 3), 1, 0, 0, "no MSH segment at offset 0");
    }
    if (text.size() == kFieldSeparatorOffset || is_terminator(text[kFieldSeparatorOffset])) {
      return error("MSH", 1, 1, 3, "truncated message: MSH ends at offset 3 before MSH-1 (field separator)");
    }
    delimiters.field = text[kFieldSeparatorOffset];
    if (!can_delimit(delimiters.field)) {
      return error("MSH", 1, 1, 3,
                   fmt::format("MSH-1 field separator '{}' at offset 3 cannot be a delimiter",
                               printable(text.substr(3, 1))));
    }
    const std::string_view rest = text.substr(kEncodingOffset);
    const std::string_view encoding =
        rest.substr(0, rest.find_first_of(std::string{delimiters.field, '\r', '\n'}));
    if (encoding.size() == rest.size() && encoding.size() < 4) {
      return error("MSH", 1, 2, text.size(),
                   fmt::format("truncated message: MSH ends at offset {} inside MSH-2", text.size()));
    }
    return check_encoding(encoding);
  }

  // HL7 v2.5.1 2.15.9.2: four encoding characters; v2.7 adds a fifth, the truncation character.
  std::optional<ParseError> check_encoding(std::string_view encoding) {
    std::string all = std::string(1, delimiters.field) + std::string(encoding);
    std::sort(all.begin(), all.end());
    const bool distinct = std::adjacent_find(all.begin(), all.end()) == all.end();
    if (encoding.size() < 4 || encoding.size() > 5 || !distinct) {
      return error(
          "MSH", 1, 2, kEncodingOffset,
          fmt::format("MSH-2 encoding characters '{}' are not 4 distinct characters", printable(encoding)));
    }
    if (const auto bad = std::find_if_not(encoding.begin(), encoding.end(), can_delimit);
        bad != encoding.end()) {
      return error("MSH", 1, 2, kEncodingOffset + static_cast<std::size_t>(bad - encoding.begin()),
                   fmt::format("MSH-2 encoding characters '{}' contain '{}', which cannot be a delimiter",
                               printable(encoding), printable({&*bad, 1})));
    }
    delimiters = Delimiters{delimiters.field, encoding[0], encoding[1], encoding[2], encoding[3]};
    classes = classes_of(delimiters);
    return std::nullopt;
  }

  // Why one line of text (without its terminator, starting at `offset`) cannot be segment `index`.
  std::optional<ParseError> check_segment(std::string_view line, std::size_t offset, std::size_t index,
                                          bool terminated) {
    const std::string_view id = line.substr(0, line.find(delimiters.field));
    if (!terminated && id.size() == line.size() && is_segment_id_prefix(id)) {
      return error(id, index, 0, offset + line.size(),
                   fmt::format("truncated message: segment {} '{}' ends at offset {} inside its segment id",
                               index, id, offset + line.size()));
    }
    if (!is_segment_id(id)) {
      return error(id, index, 0, offset,
                   fmt::format("segment {} '{}' has an invalid segment id at offset {}", index, printable(id),
                               offset));
    }
    if (id == "MSH" && index > 1) {
      return error(id, index, 0, offset,
                   fmt::format("segment {} at offset {} is a second MSH", index, offset));
    }
    // Counted to size the segment's field vector; control characters are caught while filling.
    separators = count_of(line, delimiters.field);
    return std::nullopt;
  }

  // Why a line that fill_segment() found a control character in cannot be segment `index`.
  ParseError control_error(std::string_view line, std::size_t offset, std::size_t index) const {
    const std::string_view id = line.substr(0, line.find(delimiters.field));
    const std::size_t at =
        static_cast<std::size_t>(std::find_if(line.begin(), line.end(), is_forbidden_control) - line.begin());
    const std::size_t field =
        static_cast<std::size_t>(std::count(line.begin(), line.begin() + at, delimiters.field)) +
        (id == "MSH" ? 1 : 0);
    return error(id, index, field, offset + at,
                 fmt::format("segment {} '{}': {}-{} holds control character 0x{:02X} at offset {}", index,
                             id, id, field, static_cast<unsigned char>(line[at]), offset + at));
  }

  // A line that check_segment() accepted, into an empty segment already in the message (filled in place:
  // see fill_field). False when the line holds a control character (HL7 v2.5.1 2.7): the segment is then
  // to be dropped and control_error() reported.
  bool fill_segment(Segment& segment, std::string_view line) const {
    const std::size_t id_size = std::min(line.find(delimiters.field), line.size());
    segment.id.assign(line.substr(0, id_size));
    if (id_size == line.size()) return true;
    std::string_view fields = line.substr(id_size + 1);
    // MSH-1 is a field before the first separator (HL7 v2.5.1 2.15.9.1).
    segment.fields.reserve(separators + (segment.id == "MSH" ? 1 : 0));
    if (segment.id == "MSH") {
      // MSH-1 is the separator just passed and MSH-2 is never split (HL7 v2.5.1 2.15.9.1, 2.15.9.2).
      segment.fields.push_back(Field::leaf(std::string(1, delimiters.field)));
      const std::size_t encoding_size = std::min(fields.find(delimiters.field), fields.size());
      segment.fields.push_back(Field::leaf(std::string(fields.substr(0, encoding_size))));
      if (encoding_size == fields.size()) return true;
      fields.remove_prefix(encoding_size + 1);
    }
    // One pass splits the fields and notes which hold an inner delimiter (the others, most, are stored as
    // their single leaf without another scan) and whether any byte is a control character.
    unsigned char seen = kData;
    unsigned char line_seen = kData;
    for (std::size_t at = 0, start = 0;; ++at) {
      const unsigned char kind =
          at < fields.size() ? classes[static_cast<unsigned char>(fields[at])] : kFieldSeparator;
      if ((kind & kFieldSeparator) == 0) {
        seen |= kind;
        continue;
      }
      Field& field = segment.fields.emplace_back();
      const std::string_view er7 = fields.substr(start, at - start);
      if (seen & kInnerDelimiter)
        fill_nested_field(field, er7, delimiters);
      else
        field.repetitions.front().components.front().subcomponents.front().append(
            er7);  // new: see parse_tree.cpp
      line_seen |= seen;
      if (at == fields.size()) return (line_seen & kForbidden) == 0;
      start = at + 1;
      seen = kData;
    }
  }
};

}  // namespace

ParseResult parse(std::string_view er7) {
  Reader reader{er7, {}, nullptr, 0};
  if (auto problem = reader.read_delimiters()) return std::move(*problem);
  Message message;
  reader.read = &message;
  // The next CR and the next LF, each found with memchr and kept until passed: string_view::find_first_of
  // would search the set once per byte.
  std::size_t next_cr = er7.find('\r');
  std::size_t next_lf = er7.find('\n');
  // Most messages end segments with CR only: LF is counted only when there is one.
  message.segments().reserve(count_of(er7, '\r') +
                             (next_lf == std::string_view::npos ? 0 : count_of(er7, '\n')) + 1);
  std::size_t index = 0;
  for (std::size_t pos = 0; pos < er7.size();) {
    if (next_cr < pos) next_cr = er7.find('\r', pos);
    if (next_lf < pos) next_lf = er7.find('\n', pos);
    const std::size_t end = std::min(next_cr, next_lf);
    const std::string_view line = er7.substr(pos, end == std::string_view::npos ? end : end - pos);
    if (!line.empty()) {
      if (auto problem = reader.check_segment(line, pos, ++index, end != std::string_view::npos))
        return std::move(*problem);
      if (!reader.fill_segment(message.segments().emplace_back(), line)) {
        message.segments().pop_back();
        return reader.control_error(line, pos, index);
      }
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return message;
}

}  // namespace ihe::hl7
