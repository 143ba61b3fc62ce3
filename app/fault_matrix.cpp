// The detection matrix (issue 7): each fault against the scenarios meant to see it, our actors as the SUT
// in this process, and each role's library once against the conformant actors to count false Fails.
#include "app/fault_matrix.h"

#include <fmt/core.h>

#include <unistd.h>
#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <filesystem>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/acquisition_modality/faults.h"
#include "actors/common/transport_faults/fault_front.h"
#include "actors/image_manager/faults.h"
#include "actors/image_manager/image_manager.h"
#include "actors/order_filler/faults.h"
#include "actors/order_filler/order_filler.h"
#include "app/modality_operator.h"
#include "scenarios/engine/run_plan.h"
#include "scenarios/engine/runner.h"
#include "scenarios/exchanges/dicom_exchanges.h"

namespace ihe::app {
namespace {

constexpr int kTransportTimeout = 2;  // seconds, the target timeout of the transport rows

std::uint16_t free_port() {
  boost::asio::io_context io;
  boost::asio::ip::tcp::acceptor a(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
  return a.local_endpoint().port();
}

reports::DicomService loopback(const char* ae) {
  return {ae, "127.0.0.1", free_port()};
}

// One of our actors as the SUT of one row, on fresh ports, with its faults.
struct SutRun {
  reports::Target target;
  actors::TransactionLog log;
  std::filesystem::path folder;
  std::unique_ptr<actors::SimulatedActor> actor;
  actors::AcquisitionModality* modality = nullptr;  // the operator step runs its scheduled workflow

  SutRun(const std::string& role, const std::vector<std::string>& faults, std::uint16_t actor_port) {
    target.sut_role = role;
    target.name = "our " + role;
    target.timeout_seconds = 5;
    target.harness_dicom = loopback("HARNESS_1");
    target.harness_storage = loopback("HARNESS_2");
    folder = std::filesystem::temp_directory_path() / fmt::format("ihe-faults-{}-{}", getpid(), actor_port);
    if (role == "image-manager") {
      target.dicom = {"IMAGE_MANAGER", "127.0.0.1", actor_port};
      actors::image_manager::ImageManagerConfig c;
      c.ae_title = target.dicom.ae_title;
      c.port = actor_port;
      c.storage_folder = folder / "archive";
      c.peers = {{"HARNESS_1", {"HARNESS_1", "127.0.0.1", target.harness_dicom.port}},
                 {"HARNESS_2", {"HARNESS_2", "127.0.0.1", target.harness_storage.port}}};
      target.hl7 = {"127.0.0.1", free_port(), "IMAGE_MANAGER", "HARNESS", "2.5.1"};  // PIR-IM-*
      c.hl7 = actors::image_manager::Hl7ListenerConfig{};
      c.hl7->port = target.hl7.port;
      actor = std::make_unique<actors::image_manager::ImageManager>(
          c, actors::FaultSwitches::select(actors::image_manager_faults(), faults, role), log);
    } else if (role == "acquisition-modality") {
      target.dicom = {"MODALITY1", "127.0.0.1", actor_port};
      actors::ModalityConfig c;
      c.ae_title = c.station.ae_title = target.dicom.ae_title;
      c.port = actor_port;
      c.order_filler = actors::Endpoint{"HARNESS_1", "127.0.0.1", target.harness_dicom.port};
      c.image_manager = actors::Endpoint{"HARNESS_2", "127.0.0.1", target.harness_storage.port};
      c.commitment_deadline = std::chrono::seconds(5);
      auto m = std::make_unique<actors::AcquisitionModality>(
          c, log, actors::FaultSwitches::select(actors::acquisition_modality_faults(), faults, role));
      modality = m.get();
      actor = std::move(m);
    } else {
      target.dicom = {"ORDER_FILLER", "127.0.0.1", actor_port};
      target.hl7 = {"127.0.0.1", free_port(), "ORDER_FILLER", "HARNESS", "2.5.1"};
      target.harness_hl7 = {"127.0.0.1", free_port(), "HARNESS", "HARNESS", "2.5.1"};
      actors::OrderFillerConfig c;
      c.dicom_port = actor_port;
      c.hl7 = actors::OrderFillerHl7Config{};
      c.hl7->port = target.hl7.port;
      // RAD-4/13 and forwarded RAD-12 go to the harness's HL7 listener, where the scenarios await them.
      actors::Hl7PeerSettings harness;
      harness.port = target.harness_hl7.port;
      harness.timeout = std::chrono::seconds(2);
      c.hl7->image_manager = harness;
      actor = std::make_unique<actors::OrderFiller>(
          c, actors::FaultSwitches::select(actors::order_filler_faults(), faults, role), log);
    }
    actor->start();
  }
  ~SutRun() {
    actor->stop();
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
  }

  scenarios::RunOptions options() {
    scenarios::RunOptions o;
    static const std::atomic<bool> kNeverInterrupted{false};
    if (modality) o.operator_fn = modality_operator(*modality, kNeverInterrupted);
    return o;
  }
};

std::vector<const scenarios::Scenario*> matching(const ScenarioSetup& setup, const FaultRow& row) {
  std::vector<const scenarios::Scenario*> found;
  for (const auto& s : setup.library)
    if (s.sut_role == row.role && std::any_of(row.scenarios.begin(), row.scenarios.end(),
                                              [&](const auto& g) { return scenarios::glob_match(g, s.id); }))
      found.push_back(&s);
  return found;
}

std::vector<ScenarioOutcome> run_scenarios(const ScenarioSetup& setup, SutRun& sut,
                                           const std::vector<const scenarios::Scenario*>& selected) {
  reports::IntegrationStatement statement;
  statement.vendor = statement.product = "ihe-harness selftest";
  scenarios::RunPlan plan;
  for (const auto* s : selected) {
    plan.scenarios.push_back(s);
    for (const auto& c : s->claims)
      if (std::find(statement.claims.begin(), statement.claims.end(), c) == statement.claims.end())
        statement.claims.push_back(c);
  }
  plan.claims = statement.claims;
  // Fresh exchanges per SUT: the harness actors they hold keep the target of the run that started them.
  const auto exchanges = scenarios::dicom_exchanges();
  const auto report =
      scenarios::run(plan, statement, sut.target, {setup.checks, exchanges, setup.rules}, sut.options());
  std::vector<ScenarioOutcome> outcomes;
  for (std::size_t i = 0; i < report.scenarios.size(); ++i) {
    const auto& r = report.scenarios[i];
    // Every wait is bounded by the target's timeout; a few seconds of slack for the work between them.
    const auto bound_ms =
        (static_cast<long>(selected[i]->steps.size()) * sut.target.timeout_seconds + 5) * 1000L;
    std::string first;
    for (const auto& step : r.steps)
      if (first.empty() && step.verdict != reports::Verdict::Pass)
        first = step.id + " " + std::string(reports::to_string(step.verdict)) + " " + step.note;
    outcomes.push_back({r.id, r.verdict, r.duration_ms <= bound_ms, first});
  }
  return outcomes;
}

}  // namespace

bool MatrixRow::detected() const {
  return std::any_of(outcomes.begin(), outcomes.end(),
                     [](const auto& o) { return o.verdict == reports::Verdict::Fail; });
}

std::size_t FaultMatrix::detected() const {
  return static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [](const auto& r) { return r.detected(); }));
}

std::size_t FaultMatrix::false_fails() const {
  return static_cast<std::size_t>(std::count_if(
      clean.begin(), clean.end(), [](const auto& o) { return o.verdict != reports::Verdict::Pass; }));
}

bool FaultMatrix::deadlines_kept() const {
  for (const auto& r : rows)
    for (const auto& o : r.outcomes)
      if (!o.within_deadline) return false;
  return true;
}

FaultMatrix run_fault_matrix(const ScenarioSetup& setup) {
  FaultMatrix matrix;
  for (const char* role : {"image-manager", "acquisition-modality", "order-filler"}) {
    const FaultRow all{role, "", {"*"}, false};
    const auto library = matching(setup, all);
    if (library.empty()) continue;
    SutRun sut(role, {}, free_port());
    matrix.clean = [&] {
      auto c = std::move(matrix.clean);
      for (auto& o : run_scenarios(setup, sut, library)) c.push_back(std::move(o));
      return c;
    }();
  }
  for (const auto& row : fault_table()) {
    MatrixRow result{row, {}};
    const auto selected = matching(setup, row);
    if (!selected.empty()) {
      if (row.transport) {
        const auto front_port = free_port();
        SutRun sut(row.role, {}, free_port());
        actors::FaultFront front({.fault = *actors::transport_fault_named(row.fault),
                                  .port = front_port,
                                  .upstream_port = sut.target.dicom.port,
                                  // Longer than one read's timeout: the SCU's deadlines are per read, so a
                                  // drip faster than that is not bounded by them (see the report).
                                  .drip_interval = std::chrono::seconds(kTransportTimeout + 1)});
        front.start();
        sut.target.dicom.port = front_port;
        sut.target.timeout_seconds = kTransportTimeout;
        result.outcomes = run_scenarios(setup, sut, selected);
      } else {
        SutRun sut(row.role, {row.fault}, free_port());
        result.outcomes = run_scenarios(setup, sut, selected);
      }
    }
    matrix.rows.push_back(std::move(result));
  }
  return matrix;
}

std::string format_matrix(const FaultMatrix& matrix) {
  std::string text;
  for (const auto& row : matrix.rows) {
    std::string cells;
    for (const auto& o : row.outcomes)
      cells += fmt::format(" {}:{}{}", o.id,
                           o.verdict == reports::Verdict::Fail
                               ? "detected"
                               : "missed(" + std::string(reports::to_string(o.verdict)) + ")",
                           o.within_deadline ? "" : "(deadline overrun)");
    if (row.outcomes.empty()) cells = " no scenario yet";
    text += fmt::format("{:<9} {:<22} {:<38}{}\n", row.detected() ? "DETECTED" : "MISSED", row.fault.role,
                        row.fault.fault, cells);
  }
  for (const auto& row : matrix.rows)
    for (const auto& o : row.outcomes)
      if (o.verdict != reports::Verdict::Fail)
        text += fmt::format("  {} {} missed: {}\n", row.fault.fault, o.id, o.first_unpassed);
  for (const auto& o : matrix.clean)
    if (o.verdict != reports::Verdict::Pass)
      text += fmt::format("FALSE     {} {} without faults: {}\n", o.id, reports::to_string(o.verdict),
                          o.first_unpassed);
  text += fmt::format("detected {}/{} faults, {} false fails\n", matrix.detected(), matrix.rows.size(),
                      matrix.false_fails());
  return text;
}

}  // namespace ihe::app
