#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "actors/hl7/message.h"

namespace ihe::hl7 {

// One message read from a file of ER7 text.
struct FileMessage {
  std::string label;       // "FILE" or "FILE#n" when the file holds several messages
  std::string text;        // canonical ER7 (segments end with CR), ready for the wire
  std::string control_id;  // its MSH-10
  Message message;
};

// Reads a file holding one or more messages, each starting with an MSH line. Segments may end with CR, LF
// or CRLF; MLLP framing bytes (0x0B, 0x1C) are dropped, so a framed capture reads too. Throws
// ihe::HarnessError naming the file (and the message number and parse error) when the file is missing,
// empty or holds text that is not HL7: a user's input file, not a peer's message.
std::vector<FileMessage> read_message_file(const std::filesystem::path& path);

}  // namespace ihe::hl7
