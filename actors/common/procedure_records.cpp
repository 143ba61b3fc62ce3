#include "actors/common/procedure_records.h"

#include <utility>

namespace ihe::actors {
namespace {

constexpr std::pair<SpsStatus, std::string_view> kSpsStatusNames[] = {
    {SpsStatus::Scheduled, "SCHEDULED"},
    {SpsStatus::Arrived, "ARRIVED"},
    {SpsStatus::Ready, "READY"},
    {SpsStatus::Started, "STARTED"},
    {SpsStatus::Discontinued, "DISCONTINUED"},
    {SpsStatus::Completed, "COMPLETED"},
};

}  // namespace

std::string_view to_string(SpsStatus status) {
  for (const auto& [value, name] : kSpsStatusNames)
    if (value == status) return name;
  return "?";
}

std::optional<SpsStatus> parse_sps_status(std::string_view text) {
  for (const auto& [value, name] : kSpsStatusNames)
    if (name == text) return value;
  return std::nullopt;
}

}  // namespace ihe::actors
