#pragma once

#include <string>
#include <vector>

// Plain string handling of ER7 for the peer tests (the HL7 parser is tested on its own elsewhere).
namespace ihe::net::test {

inline std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t end = text.find(separator); end != std::string::npos; end = text.find(separator, begin)) {
    parts.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  parts.push_back(text.substr(begin));
  return parts;
}

// The fields of the first segment named `name` (fields[0] is the name), or empty.
inline std::vector<std::string> segment_fields(const std::string& message, const std::string& name) {
  for (const auto& segment : split(message, '\r')) {
    if (segment.rfind(name + "|", 0) == 0) return split(segment, '|');
  }
  return {};
}

// MSH-10, the message control id (MSH-1 is the separator itself, so it is field index 9 after a split).
inline std::string control_id(const std::string& message) {
  const auto msh = segment_fields(message, "MSH");
  return msh.size() > 9 ? msh[9] : "";
}

inline std::string adt_a01(const std::string& control) {
  return "MSH|^~\\&|HARNESS|HOSP|RIS|HOSP|20261128053000||ADT^A01^ADT_A01|" + control +
         "|P|2.5.1\rEVN|A01|20261128053000\rPID|1||PAT001^^^HOSP^MR||DOE^JOHN||19700101|M\r"
         "PV1|1|O\r";
}

// An original-mode ACK (HL7 v2.5.1 2.9.2) for `message`, written by hand.
inline std::string ack_for(const std::string& message) {
  return "MSH|^~\\&|RIS|HOSP|HARNESS|HOSP|20261128053001||ACK^A01^ACK|ACK-" + control_id(message) +
         "|P|2.5.1\rMSA|AA|" + control_id(message) + "\r";
}

}  // namespace ihe::net::test
