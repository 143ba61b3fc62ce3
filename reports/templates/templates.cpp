#include "reports/templates/templates.h"

#include <algorithm>

#include "base/harness_error.h"
#include "reports/templates/embedded_templates.h"

namespace ihe::reports {

std::string_view template_text(std::string_view name) {
  for (const auto& file : embedded::kFiles)
    if (file.name == name) return {reinterpret_cast<const char*>(file.bytes), file.size};
  throw HarnessError("report template '" + std::string(name) + "' is not embedded in this build");
}

std::string render(std::string_view template_name, const TemplateValues& values) {
  const auto text = template_text(template_name);
  std::vector<bool> used(values.size(), false);
  std::string out;
  out.reserve(text.size() * 2);
  std::size_t at = 0;
  for (auto open = text.find("{{"); open != std::string_view::npos; open = text.find("{{", at)) {
    const auto close = text.find("}}", open);
    if (close == std::string_view::npos) break;
    const auto key = text.substr(open + 2, close - open - 2);
    const auto it =
        std::find_if(values.begin(), values.end(), [key](const auto& v) { return v.first == key; });
    if (it == values.end())
      throw HarnessError("report template " + std::string(template_name) + ": no value for {{" +
                         std::string(key) + "}}");
    used[static_cast<std::size_t>(it - values.begin())] = true;
    out.append(text.substr(at, open - at)).append(it->second);
    at = close + 2;
  }
  out.append(text.substr(at));
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!used[i])
      throw HarnessError("report template " + std::string(template_name) + " has no {{" +
                         std::string(values[i].first) + "}}");
  return out;
}

}  // namespace ihe::reports
