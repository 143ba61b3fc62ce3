// `ihe-harness list transactions|profiles`: the catalog of profiles/data, so a user sees which
// transactions, actors and options the harness knows and which have message rules.
#include <fmt/core.h>

#include "app/cli_args.h"
#include "app/command.h"
#include "app/list_scenarios.h"
#include "base/harness_error.h"
#include "profiles/model/rule_set.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "list";
const OptionSpec kOptions{.with_value = {"profile", "profiles", "sut", "library"}, .switches = {}};

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

std::string rules_summary(const profiles::RuleSet& set, const profiles::Profile& profile,
                          const profiles::Transaction& t) {
  if (const auto* hl7 = set.hl7_rules(profile.id, t.id))
    return fmt::format("{} message rules", hl7->messages.size());
  if (const auto* dicom = set.dicom_rules(profile.id, t.id)) {
    std::string ids;
    for (const auto& d : dicom->datasets) ids += (ids.empty() ? "" : ",") + d.id;
    return "datasets " + ids;
  }
  return "no rules yet";
}

void list_transactions(const profiles::RuleSet& set, const profiles::Profile& profile) {
  for (const auto& t : profile.transactions)
    fmt::print("{:<6} {:<7} {:<46} {:>8} -> {:<12} {:<5} {}{}\n  {}\n", profile.id, t.id, t.name,
               joined(t.initiators), joined(t.responders),
               t.protocol == profiles::Protocol::Hl7 ? "hl7" : "dicom", rules_summary(set, profile, t),
               t.meta.verified ? "" : " (unverified)", t.binding);
}

void list_profile(const profiles::Profile& profile) {
  fmt::print("{} - {} (HL7 v{}): {} transactions\n  actors:", profile.id, profile.title, profile.hl7_version,
             profile.transactions.size());
  for (const auto& a : profile.actors) fmt::print(" {} ({})", a.id, a.title);
  fmt::print("\n");
  for (const auto& o : profile.options)
    fmt::print("  option {:<26} {:<44} actors {}{}\n", o.id, o.title, joined(o.actors),
               o.meta.verified ? "" : " (unverified)");
}

int run(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kOptions);
  if (args.positional().size() == 1 && args.positional()[0] == "scenarios") return list_scenarios(args);
  if (args.positional().size() != 1 ||
      (args.positional()[0] != "transactions" && args.positional()[0] != "profiles"))
    throw HarnessError("list: say what to list: transactions, profiles or scenarios");
  const auto set =
      profiles::RuleSet::load(args.get_or("profiles", profiles::RuleSet::default_data_dir().string()));
  const auto wanted = args.get("profile");
  if (wanted && set.find_profile(*wanted) == nullptr)
    throw HarnessError("list: unknown profile '" + *wanted + "'");
  for (const auto& profile : set.profiles()) {
    if (wanted && profile.id != *wanted) continue;
    if (args.positional()[0] == "profiles")
      list_profile(profile);
    else
      list_transactions(set, profile);
  }
  return 0;
}

}  // namespace

extern const Command kList{
    "list", "print the catalog: profiles, transactions (bindings, rules) or scenarios",
    "usage: ihe-harness list transactions|profiles [--profile ID] [--profiles DIR]\n"
    "       ihe-harness list scenarios [--sut ROLE] [--library DIR]\n"
    "  transactions  every RAD-n per profile: initiators -> responders, protocol, which rules the data "
    "holds\n"
    "  profiles      every profile with its actors and options\n"
    "  scenarios     the scenario library (only ROLE's with --sut), then the exchanges and checks it may "
    "use\n"
    "  --profile ID  only this profile (SWF.b, SWF, PIR)\n"
    "  --profiles DIR  rule data folder (default: the source tree's profiles/data)\n"
    "Rules marked (unverified) yield warnings, never failures, until their source is confirmed.\n",
    run};

}  // namespace ihe::app
