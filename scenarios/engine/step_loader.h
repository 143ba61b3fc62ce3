#pragma once

#include <set>
#include <string>

#include "base/xml/xml_file.h"
#include "scenarios/engine/scenario.h"
#include "scenarios/engine/scenario_loader.h"

namespace ihe::scenarios {

// Reads the steps of one scenario in order, keeping what later steps may refer to: the step ids so far
// (depends-on) and the variables bound so far (<var>, built-ins, earlier <capture>s).
class StepLoader {
 public:
  StepLoader(const Scenario& scenario, const LoadContext& context, std::set<std::string>& bound);
  Step read(const xml::XmlNode& node);

 private:
  void read_attributes(const xml::XmlNode& node, Step& step);
  Expectation read_expect(const xml::XmlNode& node);
  void read_children(const xml::XmlNode& node, Step& step, bool takes_keys);
  // Throws naming `where` when `text` refers to a variable not bound yet.
  void require_bound(const std::string& text, const xml::XmlNode& node) const;

  const Scenario& scenario_;
  const LoadContext& context_;
  std::set<std::string>& bound_;
  std::set<std::string> step_ids_;
};

}  // namespace ihe::scenarios
