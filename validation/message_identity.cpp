#include "validation/message_identity.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>

#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

bool has(const dicom::DicomDataset& dataset, std::uint16_t group, std::uint16_t element) {
  return dataset.find(dicom::Tag{group, element}) != nullptr;
}

// 0 the message's ORC pair is refused, 1 the rules have no pair, 2 they accept it.
int pair_score(const hl7::Message& message, const profiles::MessageRules& rules) {
  if (rules.pairs.empty()) return 1;
  std::vector<reports::Finding> refused;
  check_pairs(message, rules, refused);
  return refused.empty() ? 2 : 0;
}

}  // namespace

std::string kind_of_transaction(std::string_view transaction) {
  if (transaction == "RAD-2") return "order";
  std::string kind(transaction);
  std::transform(kind.begin(), kind.end(), kind.begin(), [](unsigned char c) { return std::tolower(c); });
  return kind;
}

Identity identify_hl7(const hl7::Message& message, const profiles::RuleSet& rules, std::string_view profile) {
  // An acknowledgement or application response (HL7 v2.5.1 2.9: it carries MSA) answers a transaction's
  // message and has no rules of its own here.
  if (message.count("MSA") != 0) return {"hl7-response", {}};
  const std::string type = message.message_type() + "^" + message.trigger_event();
  const profiles::Profile* found = rules.find_profile(profile);
  std::vector<std::string> best;
  std::vector<std::string> candidates;
  int best_score = 0;
  for (const auto& transaction :
       found != nullptr ? found->transactions : std::vector<profiles::Transaction>{}) {
    const auto* hl7_rules = rules.hl7_rules(profile, transaction.id);
    const auto* message_rules =
        hl7_rules ? hl7_rules->find(message.message_type(), message.trigger_event()) : nullptr;
    if (message_rules == nullptr) continue;
    candidates.push_back(transaction.id);
    const int score = pair_score(message, *message_rules);
    if (score > best_score) best.clear();
    if (score >= best_score && score > 0) {
      best_score = score;
      best.push_back(transaction.id);
    }
  }
  if (best.size() == 1) return {kind_of_transaction(best.front()), {}};
  const auto joined = [](const std::vector<std::string>& ids) {
    std::string text;
    for (const auto& id : ids) text += (text.empty() ? "" : ", ") + id;
    return text;
  };
  if (candidates.empty()) return {{}, fmt::format("{} is no message of a {} transaction", type, profile)};
  const std::string pair = fmt::format("ORC-1/ORC-5 {}/{}", message.get("ORC-1"), message.get("ORC-5"));
  if (best.empty())
    return {{},
            fmt::format("{} with {} fits none of {} (their ORC pairs refuse it)", type, pair,
                        joined(candidates))};
  return {{}, fmt::format("{} with {} could be any of {}", type, pair, joined(best))};
}

Identity identify_dicom(const dicom::DicomDataset& dataset) {
  // A recorded DIMSE data set written as a file names its SOP Class in (0008,0016) (the file's meta header
  // needs one); images carry PPS attributes too (PS3.3 C.4.16), so the class decides before the content.
  const dicom::Element* sop_class = dataset.find(dicom::Tag{0x0008, 0x0016});
  const std::string uid = sop_class != nullptr && !sop_class->values.empty() ? sop_class->values.front() : "";
  const bool mpps = uid == "1.2.840.10008.3.1.2.3.3";
  if (has(dataset, 0x0008, 0x0052)) return {"query", {}};
  if (has(dataset, 0x0040, 0x0100)) return {"mwl", {}};
  if (has(dataset, 0x0008, 0x1195)) {
    if (has(dataset, 0x0008, 0x1198)) return {"stgcmt-report", {}};
    return {{},
            "storage commitment without failures: a request and an all-success report look alike "
            "(PS3.4 J.3.2/J.3.3)"};
  }
  if (has(dataset, 0x0008, 0x1115)) return {"ian", {}};
  if (!mpps && !uid.empty() && has(dataset, 0x0008, 0x0018) && has(dataset, 0x0020, 0x000E))
    return {"image", {}};
  if (has(dataset, 0x0040, 0x0270) || has(dataset, 0x0040, 0x0244)) return {"mpps-create", {}};
  if (has(dataset, 0x0040, 0x0252)) return {"mpps-set", {}};
  return {{}, "none of: query answer, worklist item, MPPS N-CREATE / N-SET, storage commitment, IAN, image"};
}

}  // namespace ihe::validation
