// Field usage, allowed values, length and format (HL7 v2.5.1 2.12.6 usage codes, as profiled by IHE), and
// field pairs such as ORC-1/ORC-5 (RAD TF-2 Table 4.13-1).
#include <fmt/core.h>

#include <algorithm>

#include "validation/data_type_format.h"
#include "validation/finding_builder.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

bool contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

void check_node(const hl7::Message& message, const profiles::FieldRule& rule, const hl7::Path& path,
                std::vector<reports::Finding>& out) {
  const std::string er7 = message.get_er7(path);
  const std::string location = path.to_string();
  if (er7.empty()) {
    if (rule.usage == profiles::Usage::R)
      out.push_back(broken(rule.meta, location, "a value (usage R)", "", rule.label() + " is required"));
    return;
  }
  if (rule.usage == profiles::Usage::X) {
    out.push_back(broken(rule.meta, location, "empty (usage X: not supported)", er7,
                         rule.label() + " must not be sent"));
    return;
  }
  hl7::Path first = path;
  if (!first.component) first.component = 1;
  if (!first.subcomponent) first.subcomponent = 1;
  // MSH-1 and MSH-2 are single leaves holding the delimiters themselves.
  const bool delimiter_field = path.segment == "MSH" && path.field <= 2;
  const std::string value = delimiter_field ? er7 : message.get(first);
  if (!rule.values.empty() && !contains(rule.values, value))
    out.push_back(broken(rule.meta, location, one_of_text(rule.values), value,
                         rule.label() + " has a value not allowed"));
  const std::string decoded = rule.component ? message.get(path) : er7;
  if (rule.max_length != 0 && decoded.size() > rule.max_length)
    out.push_back(broken(rule.meta, location, fmt::format("at most {} characters", rule.max_length),
                         fmt::format("{} characters", decoded.size()), rule.label() + " is too long"));
  if (!rule.data_type.empty() && !delimiter_field) {
    if (const std::string form = hl7_format_problem(rule.data_type, value); !form.empty())
      out.push_back(
          broken(rule.meta, location, form, value, rule.label() + " is not a valid " + rule.data_type));
  }
}

}  // namespace

void check_fields(const hl7::Message& message, const profiles::MessageRules& rules,
                  std::vector<reports::Finding>& out) {
  for (const auto& rule : rules.fields) {
    const std::size_t occurrences = message.count(rule.segment);
    for (std::size_t occurrence = 1; occurrence <= occurrences; ++occurrence) {
      hl7::Path path{rule.segment, occurrence, rule.field, std::nullopt, rule.component, rule.subcomponent};
      if (!rule.repeating) {
        check_node(message, rule, path, out);
        continue;
      }
      const std::size_t repetitions = std::max<std::size_t>(1, message.repetition_count(path));
      for (std::size_t r = 1; r <= repetitions; ++r) {
        path.repetition = r;
        check_node(message, rule, path, out);
      }
    }
  }
}

void check_pairs(const hl7::Message& message, const profiles::MessageRules& rules,
                 std::vector<reports::Finding>& out) {
  for (const auto& rule : rules.pairs) {
    for (std::size_t occurrence = 1; occurrence <= message.count(rule.segment); ++occurrence) {
      const hl7::Path first{rule.segment, occurrence, rule.first, std::nullopt, 1, 1};
      const hl7::Path second{rule.segment, occurrence, rule.second, std::nullopt, 1, 1};
      const std::pair<std::string, std::string> actual{message.get(first), message.get(second)};
      if (std::find(rule.allowed.begin(), rule.allowed.end(), actual) != rule.allowed.end()) continue;
      std::vector<std::string> allowed;
      for (const auto& [a, b] : rule.allowed) allowed.push_back(a + "/" + (b.empty() ? "(empty)" : b));
      // The first field names the action; when it is a known one, the second field is the one at fault.
      const bool first_known = std::any_of(rule.allowed.begin(), rule.allowed.end(),
                                           [&](const auto& p) { return p.first == actual.first; });
      hl7::Path at = first_known ? second : first;
      at.component.reset();
      at.subcomponent.reset();
      const std::string label =
          fmt::format("{}-{}/{}-{}", rule.segment, rule.first, rule.segment, rule.second);
      out.push_back(broken(rule.meta, at.to_string(), one_of_text(allowed),
                           actual.first + "/" + (actual.second.empty() ? "(empty)" : actual.second),
                           label + " is not an allowed combination"));
    }
  }
}

}  // namespace ihe::validation
