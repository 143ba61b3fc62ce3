#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ihe::reports {

// The text of one file of reports/templates/ ("page.html", "report.css"), compiled into the binary.
// Throws ihe::HarnessError for a name that is not embedded.
std::string_view template_text(std::string_view name);

// Replaces each {{key}} in the template with its value, in one pass (a value containing "{{" is not
// expanded again). Values are inserted verbatim: the caller escapes them for their context. A
// placeholder without a value, or a value without a placeholder, is a harness bug and throws
// ihe::HarnessError naming the template and key, so templates and code cannot drift apart silently.
using TemplateValues = std::vector<std::pair<std::string_view, std::string>>;
std::string render(std::string_view template_name, const TemplateValues& values);

}  // namespace ihe::reports
