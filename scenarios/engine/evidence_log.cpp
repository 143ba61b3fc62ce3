#include "scenarios/engine/evidence_log.h"

#include <fmt/core.h>

namespace ihe::scenarios {

EvidenceLog::EvidenceLog() : start_(std::chrono::steady_clock::now()) {}

std::string EvidenceLog::add(reports::Evidence evidence) {
  std::lock_guard lock(mutex_);
  evidence.id = fmt::format("E{:04}", evidence_.size() + 1);
  evidence.at_ms = elapsed_ms();
  evidence_.push_back(std::move(evidence));
  return evidence_.back().id;
}

std::string EvidenceLog::add(reports::EvidenceKind kind, std::string from, std::string to,
                             std::string transaction, std::string summary, std::string content) {
  reports::Evidence e;
  e.kind = kind;
  e.from = std::move(from);
  e.to = std::move(to);
  e.transaction = std::move(transaction);
  e.summary = std::move(summary);
  e.content = std::move(content);
  return add(std::move(e));
}

std::vector<std::string> EvidenceLog::ids_since(std::size_t first) const {
  std::lock_guard lock(mutex_);
  std::vector<std::string> ids;
  for (std::size_t i = first; i < evidence_.size(); ++i) ids.push_back(evidence_[i].id);
  return ids;
}

std::size_t EvidenceLog::size() const {
  std::lock_guard lock(mutex_);
  return evidence_.size();
}

std::vector<reports::Evidence> EvidenceLog::all() const {
  std::lock_guard lock(mutex_);
  return evidence_;
}

std::int64_t EvidenceLog::elapsed_ms() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start_)
      .count();
}

}  // namespace ihe::scenarios
