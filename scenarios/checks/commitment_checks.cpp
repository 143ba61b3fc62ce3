// The storage commitment report against its request (PS3.4 J.3.3.1.2: the report carries the request's
// Transaction UID and every requested instance, either in the Referenced SOP Sequence or in the Failed SOP
// Sequence; an instance the SCP does not hold must not be reported committed).
#include <set>

#include "base/text.h"
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

constexpr dicom::Tag kReferenced{0x0008, 0x1199};
constexpr dicom::Tag kFailed{0x0008, 0x1198};
constexpr dicom::Tag kInstance{0x0008, 0x1155};

std::multiset<std::string> instances(const std::vector<dicom::DicomDataset>& sets, dicom::Tag sequence) {
  std::multiset<std::string> uids;
  for (const auto& ds : sets)
    for (const auto& item : ds.items(sequence)) uids.insert(item.string(kInstance).value_or(""));
  return uids;
}

std::vector<reports::Finding> transaction_uid(const CheckInput& in) {
  const auto sent = in.outcome.value("transaction-uid");
  const auto got = in.outcome.value("report-transaction-uid");
  if (got && got == sent) return {};
  return {shortfall("(0008,1195)", sent.value_or("?"), got.value_or("(no report)"),
                    "the report does not carry the request's Transaction UID")};
}

// Every requested instance appears exactly once in the report, committed or failed; nothing else does.
std::vector<reports::Finding> complete(const CheckInput& in) {
  std::vector<reports::Finding> out;
  const auto& report = in.outcome.datasets_named("report");
  auto answered = instances(report, kReferenced);
  answered.merge(instances(report, kFailed));
  const auto requested = instances(in.outcome.datasets_named("request"), kReferenced);
  for (const auto& uid : requested)
    if (answered.count(uid) != 1)
      out.push_back(shortfall("(0008,1199)/(0008,1198)", uid + " reported once",
                              std::to_string(answered.count(uid)) + " times",
                              "a requested instance is not answered once"));
  for (const auto& uid : answered)
    if (!requested.contains(uid))
      out.push_back(shortfall("(0008,1199)/(0008,1198)", "only requested instances", uid,
                              "the report names an instance never requested"));
  return out;
}

// uids="..." (usually ${missing-uids}): each in the Failed SOP Sequence, none in the Referenced one.
std::vector<reports::Finding> failed_for(const CheckInput& in) {
  std::vector<reports::Finding> out;
  const auto& report = in.outcome.datasets_named("report");
  const auto committed = instances(report, kReferenced);
  const auto failed = instances(report, kFailed);
  for (const auto& uid : split_nonempty(in.param("uids"), ' '))
    if (committed.contains(uid) || !failed.contains(uid))
      out.push_back(shortfall("(0008,1198)", uid + " in the Failed SOP Sequence",
                              committed.contains(uid) ? "reported committed" : "not reported failed",
                              "an instance the SUT never received is not reported failed"));
  return out;
}

// Every requested instance committed: event type 1, nothing failed.
std::vector<reports::Finding> all_committed(const CheckInput& in) {
  std::vector<reports::Finding> out;
  const auto committed = instances(in.outcome.datasets_named("report"), kReferenced);
  for (const auto& uid : instances(in.outcome.datasets_named("request"), kReferenced))
    if (!committed.contains(uid))
      out.push_back(shortfall("(0008,1199)", uid + " committed", "not committed",
                              "a stored instance was not committed"));
  return out;
}

}  // namespace

void add_commitment_checks(CheckRegistry& registry) {
  registry.add({"commitment-transaction-uid",
                "the report's Transaction UID equals the request's",
                {},
                {},
                transaction_uid});
  registry.add({"commitment-complete",
                "every requested instance is answered exactly once, nothing else",
                {},
                {},
                complete});
  registry.add(
      {"commitment-failed-for", "uids=\"...\" are reported failed, not committed", {"uids"}, {}, failed_for});
  registry.add({"commitment-all-committed", "every requested instance is committed", {}, {}, all_committed});
}

}  // namespace ihe::scenarios
