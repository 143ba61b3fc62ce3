// `ihe-harness demo`: the embedded default. Our own simulated actors, started in-process on free loopback
// ports, are the systems under test; the whole scenario library runs against them for each SUT role
// through the same engine path as `run` (run_and_write_report), one report per role plus an index. Each
// role gets its own report because a Target names one SUT role (reports/model/target.h).
#include <arpa/inet.h>
#include <fmt/chrono.h>
#include <fmt/core.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <thread>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/image_manager/image_manager.h"
#include "actors/order_filler/order_filler.h"
#include "app/cli_args.h"
#include "app/command.h"
#include "app/modality_operator.h"
#include "app/scenario_setup.h"
#include "app/stop_signal.h"
#include "base/harness_error.h"
#include "scenarios/engine/claim_catalog.h"
#include "scenarios/engine/scenario_loader.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "demo";
const OptionSpec kOptions{.with_value = {"out", "library", "profiles"}, .switches = {}};
constexpr std::array<std::string_view, 3> kRoles{"image-manager", "order-filler", "acquisition-modality"};
constexpr int kTimeoutSeconds = 5;  // our actors answer in milliseconds; every wait still ends

struct Interrupted {};

// A port nobody listens on right now (the kernel's pick for port 0 on loopback).
std::uint16_t free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw HarnessError("demo: cannot open a socket to find a free port");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
  ::close(fd);
  if (!ok) throw HarnessError("demo: cannot bind a loopback port");
  return ntohs(addr.sin_port);
}

reports::DicomService loopback(std::string ae_title) {
  return {std::move(ae_title), "127.0.0.1", free_port()};
}

actors::Endpoint endpoint_of(const reports::DicomService& service) {
  return {service.ae_title, service.host, service.port};
}

// The SUT for one role: our actor, the target pointing at it, and how operator steps are answered.
struct DemoSut {
  reports::Target target;
  actors::TransactionLog log;
  std::unique_ptr<actors::SimulatedActor> actor;
  scenarios::OperatorFn operator_fn = [](const scenarios::OperatorRequest&) {
    return scenarios::OperatorAnswer{false, "no operator step expected for this role"};
  };
};

void start_image_manager(DemoSut& sut, const std::filesystem::path& work) {
  auto& t = sut.target;
  t.dicom = loopback("IMAGE_MANAGER");
  t.harness_dicom = loopback("HARNESS_MOD");
  t.harness_storage = loopback("HARNESS_STORE");
  t.hl7 = {"127.0.0.1", free_port(), "IMAGE_MANAGER", "HARNESS", "2.5.1"};  // RAD-4/12/13 (PIR-IM-*)
  actors::image_manager::ImageManagerConfig config;
  config.ae_title = t.dicom.ae_title;
  config.port = t.dicom.port;
  config.storage_folder = work / "image-manager-archive";
  config.peers = {{t.harness_dicom.ae_title, endpoint_of(t.harness_dicom)},
                  {t.harness_storage.ae_title, endpoint_of(t.harness_storage)}};
  config.hl7 = actors::image_manager::Hl7ListenerConfig{};
  config.hl7->port = t.hl7.port;
  sut.actor = std::make_unique<actors::image_manager::ImageManager>(config, actors::FaultSwitches{}, sut.log);
}

actors::Hl7PeerSettings harness_peer(const reports::Hl7Service& harness) {
  actors::Hl7PeerSettings peer;
  peer.host = harness.host;
  peer.port = harness.port;
  peer.receiving_application = harness.application;
  peer.receiving_facility = harness.facility;
  peer.timeout = std::chrono::seconds(kTimeoutSeconds);
  return peer;
}

// Its HL7 side on: the harness plays ADT and Order Placer towards it and receives RAD-3/4/13 on one
// listener (examples/targets/order-filler.xml).
void start_order_filler(DemoSut& sut) {
  auto& t = sut.target;
  t.dicom = loopback("ORDER_FILLER");
  t.harness_dicom = loopback("HARNESS_MOD");
  t.hl7 = {"127.0.0.1", free_port(), "ORDER_FILLER", "HARNESS", "2.5.1"};
  t.harness_hl7 = {"127.0.0.1", free_port(), "IHE_HARNESS", "IHE", "2.5.1"};
  actors::OrderFillerConfig config;
  config.ae_title = t.dicom.ae_title;
  config.dicom_port = t.dicom.port;
  config.hl7.emplace();
  config.hl7->port = t.hl7.port;
  config.hl7->application = t.hl7.application;
  config.hl7->facility = t.hl7.facility;
  config.hl7->order_placer = harness_peer(t.harness_hl7);
  config.hl7->image_manager = harness_peer(t.harness_hl7);
  sut.actor = std::make_unique<actors::OrderFiller>(config, actors::FaultSwitches{}, sut.log);
}

// Operator steps ask the person at the modality to run the published step: our modality runs its
// scheduled workflow (RAD-5, RAD-6, RAD-8, RAD-7, RAD-10) when asked, as modality_selftest does.
void start_modality(DemoSut& sut, const std::atomic<bool>& interrupted) {
  auto& t = sut.target;
  t.dicom = loopback("MODALITY1");
  t.harness_dicom = loopback("HARNESS_OF");
  t.harness_storage = loopback("HARNESS_IM");
  actors::ModalityConfig config;
  config.ae_title = t.dicom.ae_title;
  config.station.ae_title = config.ae_title;
  config.port = t.dicom.port;
  config.order_filler = endpoint_of(t.harness_dicom);
  config.image_manager = endpoint_of(t.harness_storage);
  config.commitment_deadline = std::chrono::seconds(kTimeoutSeconds);
  auto modality = std::make_unique<actors::AcquisitionModality>(config, sut.log);
  sut.operator_fn = modality_operator(*modality, interrupted);
  sut.actor = std::move(modality);
}

// The statement our actor would hand over: every claim the library's scenarios for its role give evidence
// for (so each scenario is planned); the role's baseline SWF.b claim when the library has none yet.
reports::IntegrationStatement statement_for(const std::string& role,
                                            const std::vector<const scenarios::Scenario*>& of_role) {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm today{};
  gmtime_r(&now, &today);
  reports::IntegrationStatement statement{
      "ihe-harness", "simulated " + role, "0.1.0", fmt::format("{:%Y-%m-%d}", today), {}};
  for (const auto* s : of_role)
    for (const auto& claim : s->claims)
      if (std::find(statement.claims.begin(), statement.claims.end(), claim) == statement.claims.end())
        statement.claims.push_back(claim);
  if (statement.claims.empty()) statement.claims.push_back({"SWF.b", scenarios::actor_of_role(role), ""});
  return statement;
}

std::map<reports::Verdict, int> count_verdicts(const reports::RunReport& report) {
  std::map<reports::Verdict, int> counts;
  for (const auto& s : report.scenarios) ++counts[s.verdict];
  return counts;
}

std::string describe_counts(const std::map<reports::Verdict, int>& counts) {
  std::string text;
  for (const auto& [verdict, n] : counts)
    text += fmt::format("{}{} {}", text.empty() ? "" : ", ", n, upper(verdict));
  return text.empty() ? "no scenarios" : text;
}

void write_index(const std::filesystem::path& out,
                 const std::vector<std::pair<std::string, reports::RunReport>>& runs) {
  std::ofstream html(out / "index.html");
  html << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ihe-harness demo</title>\n"
          "<style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em 1em;border-bottom:1px solid #ccc;"
          "text-align:left}</style></head><body>\n<h1>ihe-harness demo</h1>\n<p>Our own simulated actors as "
          "the systems under test, every scenario of the library for each SUT role.</p>\n<table>\n"
          "<tr><th>SUT role</th><th>scenarios</th><th>verdicts</th><th>report</th></tr>\n";
  for (const auto& [role, report] : runs)
    html << fmt::format(
        "<tr><td>{0}</td><td>{1}</td><td>{2}</td><td><a href=\"{0}/report.html\">report.html</a> "
        "<a href=\"{0}/report.json\">report.json</a> <a href=\"{0}/junit.xml\">junit.xml</a></td></tr>\n",
        role, report.scenarios.size(), describe_counts(count_verdicts(report)));
  html << "</table>\n</body></html>\n";
  if (!html) throw HarnessError("demo: cannot write " + (out / "index.html").string());
}

int demo(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kOptions);
  const std::filesystem::path out = args.require("out");
  const auto started = std::chrono::steady_clock::now();
  const auto setup =
      ScenarioSetup::load(args.get_or("profiles", profiles::RuleSet::default_data_dir().string()),
                          args.get_or("library", scenarios::default_library_dir().string()));
  const auto work = out / ".work";
  std::filesystem::create_directories(work);

  // Ctrl-C: the scenario running finishes (every wait is bounded), then the demo stops its actors.
  block_stop_signals();
  std::atomic<bool> finished{false};
  std::atomic<bool> interrupted{false};
  std::thread watcher([&] {
    wait_for_stop_signal([&] { return finished.load(); });
    if (!finished) interrupted = true;
  });
  struct Joiner {
    std::atomic<bool>& finished;
    std::thread& thread;
    ~Joiner() {
      finished = true;
      thread.join();
    }
  } joiner{finished, watcher};

  std::vector<std::pair<std::string, reports::RunReport>> runs;
  try {
    for (const auto role_view : kRoles) {
      const std::string role(role_view);
      scenarios::RunPlan plan;
      for (const auto& s : setup.library)
        if (s.sut_role == role) plan.scenarios.push_back(&s);
      const auto statement = statement_for(role, plan.scenarios);
      plan.claims = statement.claims;
      DemoSut sut;
      sut.target.name = "our simulated " + role;
      sut.target.sut_role = role;
      sut.target.timeout_seconds = kTimeoutSeconds;
      if (role == "image-manager") start_image_manager(sut, work);
      if (role == "order-filler") start_order_filler(sut);
      if (role == "acquisition-modality") start_modality(sut, interrupted);
      sut.actor->start();
      fmt::print("== {}: {} scenario(s) against {}\n", role, plan.scenarios.size(), sut.actor->describe());
      std::fflush(stdout);
      scenarios::RunOptions options;
      options.operator_fn = sut.operator_fn;
      options.tool_version = "0.1.0";
      options.on_scenario = [&](const reports::ScenarioResult& s) {
        print_progress(s);
        if (interrupted) throw Interrupted{};
      };
      try {
        runs.emplace_back(role,
                          run_and_write_report(setup, plan, statement, sut.target, options, out / role));
      } catch (...) {
        sut.actor->stop();
        throw;
      }
      sut.actor->stop();
    }
  } catch (const Interrupted&) {
    fmt::print(stderr,
               "demo: interrupted; actors stopped, no report written for the role that was running\n");
    std::filesystem::remove_all(work);
    return 130;
  }
  std::filesystem::remove_all(work);
  write_index(out, runs);

  std::map<reports::Verdict, int> totals;
  std::size_t scenarios_run = 0;
  for (const auto& [role, report] : runs) {
    fmt::print("{:<22} {}/report.html ({})\n", role, (out / role).string(),
               describe_counts(count_verdicts(report)));
    for (const auto& [verdict, n] : count_verdicts(report)) totals[verdict] += n;
    scenarios_run += report.scenarios.size();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  fmt::print("report: {}/index.html\n", out.string());
  fmt::print("{} scenario(s) in {:.1f} s: {}\n", scenarios_run, seconds, describe_counts(totals));
  const bool all_passed =
      scenarios_run > 0 && totals[reports::Verdict::Pass] == static_cast<int>(scenarios_run);
  return all_passed ? 0 : 1;
}

}  // namespace

extern const Command kDemo{
    "demo", "run the whole scenario library against our own simulated actors; write the reports",
    "usage: ihe-harness demo --out DIR [--library DIR] [--profiles DIR]\n"
    "  Starts our Image Manager, Order Filler (HL7 side on) and Acquisition Modality in-process on free\n"
    "  loopback ports as the systems under test, runs every library scenario of each SUT role against them\n"
    "  (operator steps are performed by our modality) and writes DIR/<role>/report.html, report.json,\n"
    "  junit.xml and DIR/index.html linking them.\n"
    "  --out DIR         where the reports go\n"
    "  --library DIR     scenario library (default: the source tree's scenarios/library)\n"
    "  --profiles DIR    rule data (default: the source tree's profiles/data)\n"
    "One progress line per scenario. Exit 0 every scenario passed, 1 otherwise, 2 bad input, 130 Ctrl-C.\n",
    demo};

}  // namespace ihe::app
