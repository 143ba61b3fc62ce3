#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include "reports/model/evidence.h"

namespace ihe::scenarios {

// The run's evidence, in recording order, each with a run-unique id ("E0007") and its time since the
// run started. Thread-safe: actors' server threads record what the SUT sends while a step waits.
class EvidenceLog {
 public:
  EvidenceLog();

  // Fills id and at_ms, keeps the evidence and returns its id.
  std::string add(reports::Evidence evidence);
  std::string add(reports::EvidenceKind kind, std::string from, std::string to, std::string transaction,
                  std::string summary, std::string content);
  // The ids recorded at or after position `first` (a step remembers size() when it starts).
  std::vector<std::string> ids_since(std::size_t first) const;
  std::size_t size() const;
  std::vector<reports::Evidence> all() const;
  std::int64_t elapsed_ms() const;

 private:
  std::chrono::steady_clock::time_point start_;
  mutable std::mutex mutex_;
  std::vector<reports::Evidence> evidence_;
};

}  // namespace ihe::scenarios
