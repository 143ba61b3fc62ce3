#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dicom/dicom_dataset.h"
#include "reports/model/finding.h"

namespace ihe::scenarios {

// One data set the SUT sent (or we sent) in a step, to be validated against its transaction's rules
// (profiles/data/transactions: dataset ids "study-response", "stgcmt-report", ...).
struct ExchangedMessage {
  std::string transaction;  // "RAD-14"
  std::string dataset_id;   // rule set id within that transaction
  dicom::DicomDataset dataset;
  std::string evidence_id;
};

// What one exchange (send/await/query) produced, in a form checks and captures read by name. Named values
// hold scalars ("study-uid", "completed", "event-type"); named data sets hold what was sent or received
// ("request", "matches", "report"). `unreachable` marks a target that refused, was not listening or stayed
// silent: the runner turns it into a Fail with the evidence and skips the step's checks.
struct StepOutcome {
  std::optional<std::string> unreachable;
  std::optional<std::uint16_t> status;  // the DIMSE status that answers the step's request
  std::map<std::string, std::string> values;
  std::map<std::string, std::vector<dicom::DicomDataset>> datasets;
  std::vector<ExchangedMessage> messages;
  std::vector<reports::Finding> findings;  // what the exchange itself found wrong (a report that never came)
  std::string note;

  const std::vector<dicom::DicomDataset>& datasets_named(std::string_view name) const;
  std::optional<std::string> value(std::string_view name) const;
};

// A capture's source in an outcome: a value name, "status" (as 0xHHHH), or "DATASET[n]/TAG-PATH" with n
// counted from 1 and the path as DicomDataset::find_path reads it ("matches[1]/(0020,000D)"). nullopt when
// the outcome holds nothing there.
std::optional<std::string> resolve_capture(const StepOutcome& outcome, std::string_view from);

// "0x0110"
std::string status_hex(std::uint16_t status);

}  // namespace ihe::scenarios
