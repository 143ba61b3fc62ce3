#include "actors/hl7/message_file.h"

#include <fstream>
#include <sstream>

#include "actors/hl7/parse.h"
#include "base/harness_error.h"

namespace ihe::hl7 {
namespace {

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw HarnessError(path.string() + ": cannot open file");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Splits at every line that starts with "MSH": each such line opens a message.
std::vector<std::string> split_messages(const std::string& text) {
  std::vector<std::string> messages;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find_first_of("\r\n", line_start);
    if (line_end == std::string::npos) line_end = text.size();
    const std::string_view line(text.data() + line_start, line_end - line_start);
    if (line.starts_with("MSH") || messages.empty()) messages.emplace_back();
    if (!line.empty()) messages.back().append(line).push_back('\r');
    line_start = line_end + 1;
  }
  return messages;
}

}  // namespace

std::vector<FileMessage> read_message_file(const std::filesystem::path& path) {
  std::string text = read_all(path);
  std::erase_if(text, [](char c) { return c == '\x0B' || c == '\x1C'; });
  const auto pieces = split_messages(text);
  if (pieces.empty()) throw HarnessError(path.string() + ": file holds no HL7 message");
  std::vector<FileMessage> messages;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const std::string label =
        pieces.size() == 1 ? path.string() : path.string() + "#" + std::to_string(i + 1);
    auto parsed = parse(pieces[i]);
    if (!parsed) throw HarnessError(label + ": not an HL7 message: " + parsed.error().description);
    messages.push_back({label, pieces[i], parsed.message().control_id(), parsed.message()});
  }
  return messages;
}

}  // namespace ihe::hl7
