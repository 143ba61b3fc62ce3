#include <fmt/chrono.h>
#include <fmt/core.h>

#include <chrono>

#include "app/actor_roles.h"
#include "app/cli_args.h"
#include "app/command.h"
#include "app/stop_signal.h"
#include "base/harness_error.h"
#include "base/text.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "actor";
const OptionSpec kOptions{.with_value = {"config", "aet", "dicom-port", "hl7-port", "fault"}, .switches = {}};

const ActorRole& find_role(const std::string& name) {
  std::string known;
  for (const auto& role : all_actor_roles()) {
    if (role.name == name) return role;
    known += (known.empty() ? "" : ", ") + std::string(role.name);
  }
  throw HarnessError("actor: unknown role '" + name + "' (known: " + (known.empty() ? "none" : known) + ")");
}

ActorSettings settings_from(const CliArgs& args, const ActorRole& role, const xml::XmlFile* config) {
  ActorSettings settings;
  if (config != nullptr) {
    const auto root = config->root("actor");
    const auto declared = root.required_attribute("role");
    if (declared != role.name)
      root.fail("this configuration is for role '" + declared + "', not '" + std::string(role.name) + "'");
    settings.config = root;
  }
  settings.ae_title = args.get("aet");
  if (args.has("dicom-port")) settings.dicom_port = static_cast<std::uint16_t>(args.get_int("dicom-port", 0, 1, 65535));
  if (args.has("hl7-port")) settings.hl7_port = static_cast<std::uint16_t>(args.get_int("hl7-port", 0, 1, 65535));
  settings.faults = actors::FaultSwitches::select(role.faults(), split_nonempty(args.get_or("fault", ""), ','), role.name);
  return settings;
}

int run(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kOptions);
  if (args.positional().size() != 1) throw HarnessError("actor: give exactly one ROLE (see --help)");
  const ActorRole& role = find_role(args.positional().front());
  std::optional<xml::XmlFile> config;
  if (const auto path = args.get("config")) config = xml::XmlFile::load(*path);
  const ActorSettings settings = settings_from(args, role, config ? &*config : nullptr);

  block_stop_signals();
  actors::TransactionLog log;
  log.subscribe([](const actors::TransactionRecord& r) {
    const auto now = std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
    fmt::print("{:%H:%M:%S} {:<7} {} {}: {}\n", now, r.transaction, r.peer, r.summary, r.outcome);
    std::fflush(stdout);
  });
  auto actor = role.make(settings, log);
  actor->start();
  fmt::print("{} running{}; Ctrl-C to stop\n", actor->describe(),
             settings.faults.empty() ? "" : fmt::format(" with faults {}", fmt::join(settings.faults.active(), ",")));
  std::fflush(stdout);
  wait_for_stop_signal();
  actor->stop();
  return 0;
}

std::string role_details() {
  std::string text = "\nroles and their fault switches:\n";
  for (const auto& role : all_actor_roles()) {
    text += fmt::format("  {:<22} {}\n", role.name, role.title);
    for (const auto& fault : role.faults()) text += fmt::format("      --fault {:<34} {}\n", fault.name, fault.description);
  }
  return text;
}

}  // namespace

extern const Command kActor{
    "actor",
    "run one simulated IHE actor standalone until Ctrl-C",
    "usage: ihe-harness actor ROLE [--config FILE] [--aet AE] [--dicom-port N] [--hl7-port N]\n"
    "                              [--fault NAME[,NAME...]]\n\n"
    "Runs a simulated IHE actor, e.g. to stand in for a system a site does not have yet, logging each\n"
    "transaction in one line. Settings come from FILE (an <actor role=\"ROLE\"> XML file; annotated\n"
    "examples in examples/actors/), then from the flags, which win. Without a file every setting has its\n"
    "documented default; HL7 listeners bind 127.0.0.1 unless configured otherwise, DICOM listens on every\n"
    "interface (DCMTK cannot bind one address).\n\n"
    "  --config FILE   the actor's configuration\n"
    "  --aet AE        our AE title\n"
    "  --dicom-port N  our DICOM port\n"
    "  --hl7-port N    our HL7 (MLLP) port\n"
    "  --fault NAMES   deliberate defects to commit (for testing the harness's checks), comma-separated\n\n"
    "exit codes: 0 stopped by Ctrl-C or SIGTERM; 2 configuration error (one line naming file:line or flag)\n",
    run, role_details};

}  // namespace ihe::app
