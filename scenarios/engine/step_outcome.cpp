#include "scenarios/engine/step_outcome.h"

#include <charconv>

#include <fmt/core.h>

namespace ihe::scenarios {

const std::vector<dicom::DicomDataset>& StepOutcome::datasets_named(std::string_view name) const {
  static const std::vector<dicom::DicomDataset> kNone;
  const auto it = datasets.find(std::string(name));
  return it == datasets.end() ? kNone : it->second;
}

std::optional<std::string> StepOutcome::value(std::string_view name) const {
  if (name == "status") return status ? std::optional(status_hex(*status)) : std::nullopt;
  const auto it = values.find(std::string(name));
  return it == values.end() ? std::nullopt : std::optional(it->second);
}

std::optional<std::string> resolve_capture(const StepOutcome& outcome, std::string_view from) {
  const auto open = from.find('[');
  const auto slash = from.find('/');
  if (open == std::string_view::npos || slash == std::string_view::npos || slash < open)
    return outcome.value(from);
  const auto close = from.find(']', open);
  if (close == std::string_view::npos || close + 1 != slash) return std::nullopt;
  std::size_t index = 0;
  const auto digits = from.substr(open + 1, close - open - 1);
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
  if (error != std::errc() || end != digits.data() + digits.size() || index == 0) return std::nullopt;
  const auto& sets = outcome.datasets_named(from.substr(0, open));
  if (index > sets.size()) return std::nullopt;
  const auto* element = sets[index - 1].find_path(from.substr(slash + 1));
  return element ? std::optional(element->joined()) : std::nullopt;
}

std::string status_hex(std::uint16_t status) {
  return fmt::format("0x{:04X}", status);
}

}  // namespace ihe::scenarios
