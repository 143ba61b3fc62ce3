#include <fmt/core.h>

#include <chrono>
#include <filesystem>

#include "actors/common/endpoint.h"
#include "actors/common/id_factory.h"
#include "actors/hl7/ack.h"
#include "actors/hl7/message_file.h"
#include "actors/hl7/parse.h"
#include "actors/net/mllp/mllp_client.h"
#include "app/cli_args.h"
#include "app/command.h"
#include "base/harness_error.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "hl7 send";
const OptionSpec kOptions{.with_value = {"to", "timeout"}, .switches = {}};

// One line per ACK: what it answers and how, then its MSA-3 and ERR entries.
bool report_ack(const std::string& label, const std::string& sent_control_id, const std::string& reply) {
  const auto parsed = hl7::parse(reply);
  if (!parsed) {
    fmt::print("{}: reply is not HL7: {}\n", label, parsed.error().description);
    return false;
  }
  const auto ack = hl7::read_ack(parsed.message());
  if (!ack) {
    fmt::print("{}: reply {}^{} has no MSA segment\n", label, parsed.message().message_type(),
               parsed.message().trigger_event());
    return false;
  }
  const bool answers_ours = ack->control_id == sent_control_id;
  fmt::print("{}: {} for {}{}{}\n", label, ack->code.empty() ? "(empty MSA-1)" : ack->code, ack->control_id,
             answers_ours ? "" : fmt::format(" (expected MSA-2 {})", sent_control_id),
             ack->text.empty() ? "" : " - " + ack->text);
  for (const auto& error : ack->errors)
    fmt::print("  ERR {} {} at {}-{}: {}\n", error.code, error.code_text, error.location.segment,
               error.location.field, error.user_message);
  return answers_ours && ack->accepted();
}

int run(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kOptions);
  const auto peer = actors::Endpoint::parse_hl7(args.require("to"));
  const auto timeout = std::chrono::seconds(args.get_int("timeout", 10, 1, 3600));
  if (args.positional().empty()) throw HarnessError(std::string(kName) + ": no FILE given (see --help)");

  // Read everything first: a bad file is a usage error, reported before anything goes on the wire.
  std::vector<hl7::FileMessage> messages;
  for (const auto& file : args.positional()) {
    auto from_file = hl7::read_message_file(file);
    messages.insert(messages.end(), from_file.begin(), from_file.end());
  }

  net::MllpClient client;
  if (const auto ec = client.connect(peer.host, peer.port, timeout)) {
    fmt::print(stderr, "ihe-harness: {}: cannot connect to {}: {}\n", kName, peer.to_string(), ec.message());
    return 1;
  }
  bool all_accepted = true;
  for (const auto& message : messages) {
    if (!client.is_open()) {
      if (const auto ec = client.connect(peer.host, peer.port, timeout)) {
        fmt::print(stderr, "ihe-harness: {}: cannot reconnect to {}: {}\n", kName, peer.to_string(), ec.message());
        return 1;
      }
    }
    const auto result = client.send(message.text, timeout);
    if (!result.ok()) {
      fmt::print("{}: no acknowledgement: {}\n", message.label, result.error.message());
      all_accepted = false;
      continue;
    }
    all_accepted = report_ack(message.label, message.control_id, result.reply) && all_accepted;
  }
  return all_accepted ? 0 : 1;
}

}  // namespace

extern const Command kHl7Send{
    "hl7 send",
    "send HL7 v2 messages over MLLP and print each acknowledgement",
    "usage: ihe-harness hl7 send --to HOST:PORT [--timeout S] FILE...\n\n"
    "Sends every message of every FILE (ER7 text; several messages per file allowed, each starting with\n"
    "MSH; segments may end with CR, LF or CRLF) over one MLLP connection, one message in flight at a time,\n"
    "and prints one line per acknowledgement: MSA-1, the MSA-2 it answers, MSA-3 and any ERR segments.\n"
    "Every file is parsed before anything is sent; a file that is not HL7 stops the command.\n\n"
    "  --to HOST:PORT  the MLLP listener\n"
    "  --timeout S     deadline in seconds for the connection and for each acknowledgement, default 10\n\n"
    "exit codes: 0 every message acknowledged with AA or CA answering its MSH-10; 1 an AE/AR/CE/CR, a\n"
    "            wrong MSA-2, a reply that is not an acknowledgement, a timeout or a refused connection;\n"
    "            2 usage error (bad --to, missing or malformed FILE)\n",
    run, nullptr};

}  // namespace ihe::app
