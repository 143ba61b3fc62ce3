#include "validation/finding_builder.h"

namespace ihe::validation {

reports::Finding broken(const profiles::RuleMeta& meta, std::string location, std::string expected,
                        std::string actual, std::string message) {
  std::string note = meta.verified ? "" : " (rule not yet verified against its source)";
  return {profiles::severity_when_broken(meta),
          meta.spec,
          std::move(location),
          std::move(expected),
          std::move(actual),
          std::move(message) + note,
          {}};
}

std::string one_of_text(const std::vector<std::string>& values) {
  std::string text;
  for (const auto& v : values) text += (text.empty() ? "" : ", ") + (v.empty() ? std::string("(empty)") : v);
  return values.size() == 1 ? text : "one of " + text;
}

}  // namespace ihe::validation
