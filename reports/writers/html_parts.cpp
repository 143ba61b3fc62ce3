#include "reports/writers/html_parts.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>

#include "reports/writers/text_escape.h"

namespace ihe::reports::html {

std::string css_name(std::string_view spelling) {
  std::string name(spelling);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  return name;
}

std::string duration(std::int64_t ms) {
  return ms < 1000 ? fmt::format("{} ms", ms) : fmt::format("{:.1f} s", static_cast<double>(ms) / 1000.0);
}

std::string scenario_anchor(std::size_t index, std::string_view scenario_id) {
  std::string anchor = fmt::format("scenario-{}-", index + 1);
  for (const char c : scenario_id)
    anchor += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ? c : '_';
  return anchor;
}

std::string claim_anchor(std::size_t index) {
  return fmt::format("claim-{}", index + 1);
}

std::string evidence_block(const Evidence& e, const std::string& anchor, bool failing) {
  return fmt::format(
      "<details id=\"{}\" class=\"ev-{}{}\"><summary><code>{}</code> +{} ms {} → {} {} <b>{}</b></summary>"
      "<pre>{}</pre></details>\n",
      anchor, to_string(e.kind), failing ? " bad" : "", html_escaped(e.id), e.at_ms, html_escaped(e.from),
      html_escaped(e.to), html_escaped(e.transaction), html_escaped(e.summary), html_escaped(e.content));
}

std::string joined(const std::vector<std::string>& texts) {
  if (texts.empty()) return "-";
  std::string out;
  for (const auto& text : texts) out += (out.empty() ? "" : ", ") + html_escaped(text);
  return out;
}

std::string scenario_links(const RunReport& report, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    const auto it = std::find_if(report.scenarios.begin(), report.scenarios.end(),
                                 [&id](const ScenarioResult& s) { return s.id == id; });
    if (it == report.scenarios.end()) {
      out += fmt::format("<span class=\"missing\" title=\"not in this report\">{}</span> ", html_escaped(id));
      continue;
    }
    const auto index = static_cast<std::size_t>(it - report.scenarios.begin());
    out += fmt::format("<a href=\"#{}\">{}</a> ", scenario_anchor(index, id), html_escaped(id));
  }
  return out.empty() ? "-" : out;
}

}  // namespace ihe::reports::html
