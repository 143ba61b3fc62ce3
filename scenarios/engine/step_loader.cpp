#include "scenarios/engine/step_loader.h"

#include "base/text.h"
#include "scenarios/engine/bindings.h"

namespace ihe::scenarios {
namespace {

// Attributes every step kind takes; the exchange, operator or pause adds its own.
const std::set<std::string> kCommon{"id", "title", "depends-on"};
const std::set<std::string> kExchangeCommon{"transaction", "deadline"};
const std::set<std::string> kExpectCommon{"check", "spec", "severity"};

std::string known(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::set<std::string> all(a);
  all.insert(b.begin(), b.end());
  std::string text;
  for (const auto& name : all) text += (text.empty() ? "" : ", ") + name;
  return text;
}

std::set<std::string> own_attributes(StepKind kind, const ExchangeInfo* exchange) {
  if (exchange) {
    auto names = exchange->params;
    names.insert(kExchangeCommon.begin(), kExchangeCommon.end());
    return names;
  }
  // action: what a simulated SUT does for the prompt; the others are its parameters (scenarios/README.md).
  if (kind == StepKind::Operator)
    return {"prompt", "deadline", "action", "patient-id", "patient-name", "accession", "reason", "protocol"};
  return {"seconds"};
}

}  // namespace

StepLoader::StepLoader(const Scenario& scenario, const LoadContext& context, std::set<std::string>& bound)
    : scenario_(scenario), context_(context), bound_(bound) {}

Step StepLoader::read(const xml::XmlNode& node) {
  Step step;
  step.where = node.where();
  step.kind = *parse_step_kind(node.name());  // the root's allow_only admitted only step kinds
  step.id = node.required_attribute("id");
  if (!step_ids_.insert(step.id).second) node.fail("duplicate step id '" + step.id + "'");
  read_attributes(node, step);
  return step;
}

void StepLoader::read_attributes(const xml::XmlNode& node, Step& step) {
  const ExchangeInfo* exchange = nullptr;
  if (step.kind == StepKind::Send || step.kind == StepKind::Await || step.kind == StepKind::Query) {
    step.transaction = node.required_attribute("transaction");
    exchange = context_.exchanges.find(step.kind, step.transaction);
    if (!exchange)
      node.fail("no " + std::string(to_string(step.kind)) + " exchange for " + step.transaction + " (see " +
                "`ihe-harness list scenarios` for the exchanges the harness can run)");
  }
  const auto own = own_attributes(step.kind, exchange);
  for (const auto& [name, value] : node.attributes()) {
    if (!kCommon.contains(name) && !own.contains(name))
      node.fail("unknown attribute '" + name + "' on <" + std::string(node.name()) +
                "> (known: " + known(kCommon, own) + ")");
    require_bound(value, node);
    if (name == "title")
      step.title = value;
    else if (name == "prompt")
      step.prompt = value;
    else if (name == "deadline" || name == "seconds")
      step.deadline_seconds = static_cast<int>(node.int_attribute(name, 0, 0, 86400));
    else if (name == "depends-on") {
      step.depends_on = split_nonempty(value, ' ');
      for (const auto& id : step.depends_on)
        if (id == step.id || !step_ids_.contains(id))
          node.fail("depends-on '" + id + "' names no earlier step of " + scenario_.id);
    } else if (own.contains(name) && name != "transaction")
      step.params[name] = value;
  }
  if (step.kind == StepKind::Operator && step.prompt.empty())
    node.fail("<operator> needs attribute 'prompt'");
  if (step.kind == StepKind::Pause && !step.deadline_seconds) node.fail("<pause> needs attribute 'seconds'");
  read_children(node, step, exchange && exchange->takes_keys);
}

void StepLoader::read_children(const xml::XmlNode& node, Step& step, bool takes_keys) {
  for (const auto& child : node.children()) {
    if (child.name() == "expect") {
      step.expects.push_back(read_expect(child));
    } else if (child.name() == "capture") {
      child.allow_only({"name", "from"}, {});
      step.captures.push_back(
          {child.required_attribute("name"), child.required_attribute("from"), child.where()});
    } else if (child.name() == "key" && takes_keys) {
      child.allow_only({"tag", "value"}, {});
      step.keys.push_back({child.required_attribute("tag"), child.attribute_or("value", "")});
      require_bound(step.keys.back().value, child);
      if (!dicom::Tag::parse(step.keys.back().tag)) child.fail("unknown tag '" + step.keys.back().tag + "'");
    } else {
      child.fail("unknown element <" + std::string(child.name()) + "> in <" + std::string(node.name()) +
                 "> (known: expect, capture" + (takes_keys ? ", key)" : ")"));
    }
  }
  // Captures bind for the steps after this one only: a step cannot use what it captures itself.
  for (const auto& capture : step.captures) bound_.insert(capture.name);
}

Expectation StepLoader::read_expect(const xml::XmlNode& node) {
  Expectation e;
  e.where = node.where();
  e.check = node.required_attribute("check");
  const auto* check = context_.checks.find(e.check);
  if (!check) node.fail("unknown check '" + e.check + "'");
  for (const auto& [name, value] : node.attributes()) {
    if (kExpectCommon.contains(name)) continue;
    if (!check->required.contains(name) && !check->optional.contains(name))
      node.fail("check '" + e.check + "' takes no parameter '" + name +
                "' (known: " + known(check->required, check->optional) + ")");
    require_bound(value, node);
    e.params[name] = value;
  }
  for (const auto& name : check->required)
    if (!e.params.contains(name)) node.fail("check '" + e.check + "' needs parameter '" + name + "'");
  const auto spec_id = node.required_attribute("spec");
  const auto spec = scenario_.specs.find(spec_id);
  if (spec == scenario_.specs.end())
    node.fail("spec '" + spec_id + "' is not declared by a <spec> of " + scenario_.id);
  e.spec = spec->second;
  const auto severity =
      node.attribute_or("severity", e.spec.strength == reports::Strength::Shall ? "error" : "warning");
  if (severity == "error")
    e.severity = reports::Severity::Error;
  else if (severity == "warning")
    e.severity = reports::Severity::Warning;
  else if (severity == "info")
    e.severity = reports::Severity::Info;
  else
    node.fail("severity must be error, warning or info, not '" + severity + "'");
  return e;
}

void StepLoader::require_bound(const std::string& text, const xml::XmlNode& node) const {
  for (const auto& name : references(text, node.where()))
    if (!bound_.contains(name))
      node.fail("${" + name + "} is bound by no <var>, built-in or earlier <capture>");
}

}  // namespace ihe::scenarios
