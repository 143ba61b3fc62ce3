#include "scenarios/exchanges/dimse_evidence.h"

#include <charconv>

#include "base/harness_error.h"

namespace ihe::scenarios {

std::string record_dimse(ExchangeContext& context, bool to_sut, const std::string& summary,
                         const dicom::DicomDataset& dataset) {
  const std::string harness = "harness", sut = "SUT";
  return context.evidence.add(reports::EvidenceKind::DicomDimse, to_sut ? harness : sut,
                              to_sut ? sut : harness, context.step.transaction, summary, dataset.to_text());
}

std::string record_no_answer(ExchangeContext& context, const net::DicomOutcome& outcome) {
  const bool silent = outcome.error == net::DicomError::timeout;
  context.evidence.add(
      silent ? reports::EvidenceKind::Timeout : reports::EvidenceKind::Association, "harness", "SUT",
      context.step.transaction,
      (silent ? "no answer within " + std::to_string(context.deadline.count()) + " s: " : "") +
          outcome.error.message(),
      outcome.detail);
  return outcome.error.message() + (outcome.detail.empty() ? "" : " (" + outcome.detail + ")");
}

StepOutcome find_outcome(ExchangeContext& context, const std::string& what,
                         const dicom::DicomDataset& identifier, const net::FindResult& result,
                         const std::string& dataset_id) {
  StepOutcome outcome;
  record_dimse(context, true,
               "C-FIND-RQ " + what + " -> " + answer_text(result) + ", " +
                   std::to_string(result.matches.size()) + " match(es)",
               identifier);
  if (!result.ok()) {
    outcome.unreachable = record_no_answer(context, result);
    return outcome;
  }
  for (std::size_t i = 0; i < result.matches.size(); ++i) {
    const auto id =
        record_dimse(context, false, "C-FIND-RSP pending, match " + std::to_string(i + 1), result.matches[i]);
    outcome.messages.push_back({context.step.transaction, dataset_id, result.matches[i], id});
  }
  outcome.status = result.status;
  outcome.values["count"] = std::to_string(result.matches.size());
  outcome.datasets["request"] = {identifier};
  outcome.datasets["matches"] = result.matches;
  return outcome;
}

std::string answer_text(const net::DimseResult& result) {
  return result.ok() ? result.status_text() : "error: " + result.detail;
}

std::string param_or(const Step& step, const std::string& name, std::string fallback) {
  const auto it = step.params.find(name);
  return it == step.params.end() || it->second.empty() ? std::move(fallback) : it->second;
}

int int_param(const Step& step, const std::string& name, int fallback) {
  const auto text = param_or(step, name, "");
  if (text.empty()) return fallback;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size())
    throw HarnessError(step.where + ": " + name + " must be a number, not '" + text + "'");
  return value;
}

}  // namespace ihe::scenarios
