// The matches of a query step: which keys every match returns, and with which values (PS3.4 C.4.1.2.3:
// the SCP returns a value, possibly empty, for every key of the request it supports; RAD-14 lists which
// keys an Image Manager must support).
#include "base/harness_error.h"
#include "base/text.h"
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

dicom::Tag tag_of(const std::string& text) {
  const auto tag = dicom::Tag::parse(text);
  if (!tag) throw HarnessError("unknown tag '" + text + "'");
  return *tag;
}

std::string where(std::size_t match, const dicom::Tag& tag) {
  return "match " + std::to_string(match + 1) + " " + tag.to_string();
}

// keys="(0008,0050) PatientName": present in every match; non-empty="...": present with a value.
std::vector<reports::Finding> return_keys(const CheckInput& in) {
  std::vector<reports::Finding> out;
  const auto& matches = in.outcome.datasets_named("matches");
  for (std::size_t i = 0; i < matches.size(); ++i) {
    for (const auto& key : split_nonempty(in.param("keys"), ' '))
      if (!matches[i].contains(tag_of(key)))
        out.push_back(
            shortfall(where(i, tag_of(key)), "returned", "absent", key + " missing from a C-FIND match"));
    for (const auto& key : split_nonempty(in.param("non-empty"), ' ')) {
      const auto* e = matches[i].find(tag_of(key));
      if (!e || e->is_empty())
        out.push_back(
            shortfall(where(i, tag_of(key)), "a value", e ? "empty" : "absent", key + " without a value"));
    }
  }
  return out;
}

// tag="(0020,000D)" value="${study-uid}": every match carries exactly this value.
std::vector<reports::Finding> matches_equal(const CheckInput& in) {
  std::vector<reports::Finding> out;
  const auto tag = tag_of(in.param("tag"));
  const auto& matches = in.outcome.datasets_named("matches");
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const auto actual = matches[i].string(tag);
    if (actual != in.param("value"))
      out.push_back(shortfall(where(i, tag), in.param("value"), actual.value_or("(absent)"),
                              "a match does not carry the value the query asked for"));
  }
  return out;
}

}  // namespace

void add_query_checks(CheckRegistry& registry) {
  registry.add({"return-keys",
                "every match returns keys=\"TAG ...\" (and non-empty=\"TAG ...\" with a value)",
                {},
                {"keys", "non-empty"},
                return_keys});
  registry.add(
      {"matches-equal", "every match has tag=TAG equal to value=...", {"tag", "value"}, {}, matches_equal});
}

}  // namespace ihe::scenarios
