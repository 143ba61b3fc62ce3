#include "tests/unit/scenarios/scenario_fixture.h"

#include <fstream>

#include "base/harness_error.h"

namespace ihe::scenarios::test {
namespace {

StepOutcome scripted_store(ExchangeContext& context) {
  StepOutcome outcome;
  const auto& params = context.step.params;
  const auto id =
      context.evidence.add(reports::EvidenceKind::DicomDimse, "harness", "SUT", "RAD-8", "C-STORE-RQ", "");
  outcome.status = params.contains("status")
                       ? static_cast<std::uint16_t>(std::stoul(params.at("status"), nullptr, 16))
                       : std::uint16_t{0};
  outcome.values["stored"] = params.contains("stored") ? params.at("stored") : "1";
  outcome.values["study-uid"] = "1.2.3";
  outcome.messages.push_back({"RAD-8", "none", {}, id});
  return outcome;
}

StepOutcome unreachable(ExchangeContext& context) {
  StepOutcome outcome;
  context.evidence.add(reports::EvidenceKind::Association, "harness", "SUT", "RAD-6", "connection refused",
                       "");
  outcome.unreachable = "connection refused";
  return outcome;
}

}  // namespace

ScenarioFixture::ScenarioFixture()
    : rules(profiles::RuleSet::load(profiles::RuleSet::default_data_dir())),
      checks(standard_checks()),
      exchanges([](const reports::Target&, EvidenceLog&) { return std::make_unique<ScenarioState>(); }) {
  exchanges.add({StepKind::Send,
                 "RAD-8",
                 "scripted store",
                 {"status", "stored", "images"},
                 false,
                 [this](ExchangeContext& c) {
                   ++exchanges_run;
                   return scripted_store(c);
                 }});
  exchanges.add({StepKind::Send, "RAD-6", "unreachable", {}, false, [this](ExchangeContext& c) {
                   ++exchanges_run;
                   return unreachable(c);
                 }});
  exchanges.add({StepKind::Query, "RAD-14", "keys", {"level"}, true, [this](ExchangeContext&) {
                   ++exchanges_run;
                   return StepOutcome{};
                 }});
}

std::filesystem::path ScenarioFixture::write(const std::string& name, const std::string& xml) {
  const auto path = dir / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << xml;
  return path;
}

Scenario ScenarioFixture::load(const std::string& id, const std::string& xml) {
  return load_scenario(write(id + ".xml", xml), context());
}

std::string ScenarioFixture::load_error(const std::string& id, const std::string& xml) {
  try {
    load(id, xml);
  } catch (const HarnessError& e) {
    return e.what();
  }
  return "loaded";
}

std::string scenario_xml(const std::string& id, const std::string& body) {
  return "<scenario id='" + id +
         "' title='t' sut='image-manager' claims='SWF.b:IM'>\n"
         "  <spec id='s' document='PS3.4' section='B.2.3'/>\n"
         "  <var name='v' value='1'/>\n" +
         body + "</scenario>\n";
}

}  // namespace ihe::scenarios::test
