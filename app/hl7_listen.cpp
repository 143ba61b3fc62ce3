#include <fmt/core.h>

#include <atomic>
#include <chrono>

#include "actors/common/id_factory.h"
#include "actors/hl7/ack.h"
#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"
#include "actors/net/mllp/mllp_listener.h"
#include "app/cli_args.h"
#include "app/command.h"
#include "app/stop_signal.h"
#include "base/harness_error.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "hl7 listen";
const OptionSpec kOptions{.with_value = {"port", "address", "ack", "count", "idle-timeout"}, .switches = {}};

hl7::AckCode parse_ack_option(const CliArgs& args) {
  const auto text = args.get_or("ack", "AA");
  const auto code = hl7::parse_ack_code(text);
  if (!code || (*code != hl7::AckCode::AA && *code != hl7::AckCode::AE && *code != hl7::AckCode::AR))
    throw HarnessError(std::string(kName) + ": --ack must be AA, AE or AR, got '" + text + "'");
  return *code;
}

// Prints a message the way people read HL7: one segment per line.
void print_message(const std::string& header, const std::string& er7) {
  std::string text = er7;
  for (auto& c : text)
    if (c == '\r') c = '\n';
  if (!text.empty() && text.back() != '\n') text += '\n';
  fmt::print("{}\n{}\n", header, text);
  std::fflush(stdout);
}

// Answers every message: the configured code when it parses, AR with the reason when it does not.
std::string acknowledge(const std::string& received, hl7::AckCode code, actors::IdFactory& ids) {
  const auto parsed = hl7::parse(received);
  hl7::AckOptions options{.code = code, .control_id = ids.control_id(), .timestamp = {}, .text = {}, .errors = {}};
  if (parsed) return hl7::serialize(hl7::build_ack(parsed.message(), options));
  options.code = hl7::AckCode::AR;
  options.text = parsed.error().description;
  return hl7::serialize(hl7::build_ack(parsed.error(), options, {.application = "IHE-HARNESS", .facility = {}}));
}

int run(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kOptions);
  const auto port = static_cast<std::uint16_t>(args.get_int("port", 0, 1, 65535));
  if (port == 0) throw HarnessError(std::string(kName) + ": --port is required (see --help)");
  const auto code = parse_ack_option(args);
  const long count = args.get_int("count", 0, 0, 1'000'000'000);
  if (!args.positional().empty())
    throw HarnessError(std::string(kName) + ": unexpected argument '" + args.positional().front() + "'");

  block_stop_signals();

  actors::IdFactory ids;
  std::atomic<long> received{0};
  net::MllpListener listener(
      {.address = args.get_or("address", "127.0.0.1"), .port = port,
       .idle_timeout = std::chrono::seconds(args.get_int("idle-timeout", 300, 0, 86400)),
       .max_message_size = net::kDefaultMaxMessageSize},
      [&](const std::string& message, const net::MllpConnectionInfo& from) -> std::optional<std::string> {
        const long n = ++received;
        print_message(fmt::format("--- message {} from {}:{}", n, from.peer_address, from.peer_port), message);
        return acknowledge(message, code, ids);
      });
  listener.start();
  fmt::print("listening for MLLP on {}:{}, answering {}\n", listener.address(), listener.port(),
             hl7::to_string(code));
  std::fflush(stdout);

  wait_for_stop_signal([&] { return count != 0 && received.load() >= count; });
  listener.stop();
  return 0;
}

}  // namespace

extern const Command kHl7Listen{
    "hl7 listen",
    "receive HL7 v2 messages over MLLP, print them and acknowledge each",
    "usage: ihe-harness hl7 listen --port N [--address A] [--ack AA|AE|AR] [--count N] [--idle-timeout S]\n\n"
    "Listens for MLLP connections (many at once), prints every message received, one segment per line, and\n"
    "answers each with an original-mode ACK (MSA-2 = its MSH-10, MSH-3/4 and MSH-5/6 swapped). A message\n"
    "that is not HL7 is answered AR with the reason in MSA-3. Runs until Ctrl-C or SIGTERM.\n\n"
    "  --port N          TCP port to listen on\n"
    "  --address A       address to bind, default 127.0.0.1 (0.0.0.0 for every interface)\n"
    "  --ack CODE        MSA-1 for messages that parse: AA (default), AE or AR\n"
    "  --count N         stop after N messages (0, the default: run until stopped)\n"
    "  --idle-timeout S  close connections idle this long, default 300 (0: never)\n\n"
    "exit codes: 0 stopped normally; 2 usage error or the port cannot be bound\n",
    run, nullptr};

}  // namespace ihe::app
