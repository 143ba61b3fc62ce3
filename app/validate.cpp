// `ihe-harness validate`: checks recorded messages against their transaction's rules (profiles/data).
// Exit 0 conformant, 1 findings of severity error, 2 unreadable input or usage error.
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>

#include "actors/hl7/message_file.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "app/cli_args.h"
#include "app/command.h"
#include "base/harness_error.h"
#include "profiles/model/rule_set.h"
#include "validation/consistency.h"
#include "validation/dicom_validator.h"
#include "validation/hl7_validator.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "validate";
const OptionSpec kOptions{.with_value = {"transaction", "profile", "dataset", "profiles", "consistency"},
                          .switches = {}};

// 0 when no finding is an error, else 1; prints the verdict line and one line per finding.
int report(const std::string& label, const std::vector<reports::Finding>& findings) {
  fmt::print("{}: {} ({} findings)\n", label, reports::to_string(reports::verdict_of(findings)),
             findings.size());
  for (const auto& f : findings) fmt::print("  {}\n", f.to_string());
  return reports::verdict_of(findings) == reports::Verdict::Fail ? 1 : 0;
}

int validate_hl7_file(const std::string& file, const profiles::Hl7TransactionRules& rules) {
  std::vector<hl7::FileMessage> messages;
  try {
    messages = hl7::read_message_file(file);
  } catch (const HarnessError& e) {
    fmt::print(stderr, "ihe-harness: validate: {}\n", e.what());
    return 2;
  }
  int code = 0;
  for (const auto& m : messages) {
    const std::string label = fmt::format("{}: {} {}^{}", m.label, rules.transaction,
                                          m.message.message_type(), m.message.trigger_event());
    code = std::max(code, report(label, validation::validate_hl7(m.message, rules)));
  }
  return code;
}

int validate_dicom_file(const std::string& file, const profiles::DatasetRules& rules,
                        const std::string& transaction) {
  const auto read = net::read_dicom_file(file);
  if (!read) {
    fmt::print(stderr, "ihe-harness: validate: {}: {}\n", file, read.error.message());
    return 2;
  }
  return report(fmt::format("{}: {} {}", file, transaction, rules.id),
                validation::validate_dicom(read.dataset, rules));
}

const profiles::DatasetRules& pick_dataset(const profiles::DicomTransactionRules& rules,
                                           const CliArgs& args) {
  const auto wanted = args.get("dataset");
  if (!wanted) return rules.datasets.front();
  if (const auto* found = rules.find(*wanted)) return *found;
  std::string known;
  for (const auto& d : rules.datasets) known += (known.empty() ? "" : ", ") + d.id;
  throw HarnessError(
      fmt::format("validate: {} has no data set '{}' (known: {})", rules.transaction, *wanted, known));
}

int run(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kOptions);
  const auto set =
      profiles::RuleSet::load(args.get_or("profiles", profiles::RuleSet::default_data_dir().string()));
  const std::string profile_id = args.get_or("profile", "SWF.b");
  const profiles::Profile* profile = set.find_profile(profile_id);
  if (profile == nullptr) throw HarnessError("validate: unknown profile '" + profile_id + "'");
  if (const auto dir = args.get("consistency")) {
    const auto* rules = set.copy_rules(profile_id);
    if (rules == nullptr)
      throw HarnessError("validate: profile " + profile_id + " has no cross-message rules");
    const auto recorded = validation::read_recorded_messages(*dir, set, profile_id);
    for (const auto& problem : recorded.unreadable)
      fmt::print(stderr, "ihe-harness: validate: {}\n", problem);
    auto findings = validation::validate_recorded(recorded.messages, set, profile_id);
    auto cross = validation::check_consistency(recorded.messages, *rules);
    findings.insert(findings.end(), cross.begin(), cross.end());
    const int code = report(fmt::format("{}: {} messages, each against its transaction and across", *dir,
                                        recorded.messages.size()),
                            findings);
    return recorded.unreadable.empty() ? code : 2;
  }
  const std::string transaction = args.require("transaction");
  if (profile->find_transaction(transaction) == nullptr)
    throw HarnessError(
        fmt::format("validate: unknown transaction '{}' in profile {} (see ihe-harness list transactions)",
                    transaction, profile_id));
  if (args.positional().empty()) throw HarnessError("validate: give at least one FILE");
  int code = 0;
  if (const auto* hl7_rules = set.hl7_rules(profile_id, transaction)) {
    for (const auto& file : args.positional()) code = std::max(code, validate_hl7_file(file, *hl7_rules));
  } else if (const auto* dicom_rules = set.dicom_rules(profile_id, transaction)) {
    const auto& dataset = pick_dataset(*dicom_rules, args);
    for (const auto& file : args.positional())
      code = std::max(code, validate_dicom_file(file, dataset, transaction));
  } else {
    throw HarnessError(
        fmt::format("validate: no message rules for {} in profile {} yet", transaction, profile_id));
  }
  return code;
}

}  // namespace

extern const Command kValidate{
    "validate", "check HL7 or DICOM files against a transaction's rules (profiles/data)",
    "usage: ihe-harness validate --transaction RAD-n [--profile ID] [--dataset ID] [--profiles DIR] FILE...\n"
    "       ihe-harness validate --consistency DIR [--profile ID]\n"
    "  --transaction RAD-n  the transaction the files belong to (ihe-harness list transactions)\n"
    "  --profile ID         SWF.b (default), SWF or PIR\n"
    "  --dataset ID         DICOM only: which data set of the transaction (default: its first, e.g.\n"
    "                       mwl-response, mpps-n-create, stgcmt-request / stgcmt-report, study-response)\n"
    "  --consistency DIR    a folder of recorded messages: each is told by its content (HL7: MSH-9 and the\n"
    "                       ORC-1/ORC-5 pair, e.g. OMI^O23 NW/SC is RAD-4, XO/CM RAD-13; DICOM: query "
    "answer,\n"
    "                       worklist item, MPPS N-CREATE / N-SET, image, storage commitment report, IAN),\n"
    "                       or by a name starting with its transaction, which overrides the content:\n"
    "                       rad-001* .. rad-004*, rad-012*, rad-013*, rad-048* HL7; rad-005* worklist item,\n"
    "                       rad-006* / rad-007* MPPS N-CREATE / N-SET, rad-008* image, rad-010-request*,\n"
    "                       rad-010-report* (a request and an all-success report look alike: name them),\n"
    "                       rad-014* query answer, rad-049* IAN. Each message is checked against its\n"
    "                       transaction, then the cross-message rules (RAD-4 -> worklist -> MPPS / image,\n"
    "                       commitment request vs report, completed MPPS vs images), related by Study UID.\n"
    "                       HL7 answers (with MSA: ACK, ORI, ORG) are read but not checked. A file that\n"
    "                       cannot be read or told gets one line naming it (exit 2)\n"
    "FILE: HL7 ER7 text (one or more messages, CR or LF line ends, MLLP bytes dropped) or DICOM Part 10.\n"
    "Each finding: severity, location (PID-3[1].4, (0040,0100)[1]/(0040,0001)), expected, actual, SpecRef.\n"
    "A rule the data marks unverified yields a warning, never an error.\n"
    "exit: 0 conformant, 1 findings of severity error, 2 unreadable input or usage error\n",
    run};

}  // namespace ihe::app
