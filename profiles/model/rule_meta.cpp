#include "profiles/model/rule_meta.h"

namespace ihe::profiles {

reports::Severity severity_when_broken(const RuleMeta& meta) {
  return meta.verified && meta.spec.strength == reports::Strength::Shall ? reports::Severity::Error
                                                                         : reports::Severity::Warning;
}

namespace {

reports::Strength strength_of(const xml::XmlNode& node, reports::Strength fallback) {
  const auto text = node.attribute("strength");
  if (!text) return fallback;
  const auto strength = reports::parse_strength(*text);
  if (!strength) node.fail("strength must be SHALL or SHOULD, not '" + *text + "'");
  return *strength;
}

}  // namespace

Citations Citations::read(const xml::XmlNode& root) {
  Citations citations;
  for (const auto& cite : root.children("cite")) {
    cite.allow_only({"id", "document", "section", "strength", "verified"}, {});
    RuleMeta meta{{cite.required_attribute("document"), cite.required_attribute("section"),
                   strength_of(cite, reports::Strength::Shall)},
                  cite.bool_attribute("verified", true)};
    if (!citations.cites_.emplace(cite.required_attribute("id"), std::move(meta)).second)
      cite.fail("duplicate citation id '" + cite.required_attribute("id") + "'");
  }
  return citations;
}

RuleMeta Citations::meta_of(const xml::XmlNode& rule) const {
  const std::string id = rule.required_attribute("spec");
  const auto found = cites_.find(id);
  if (found == cites_.end())
    rule.fail("unknown citation '" + id + "' (declare it with <cite id=\"" + id + "\" .../>)");
  RuleMeta meta = found->second;
  meta.spec.strength = strength_of(rule, meta.spec.strength);
  meta.verified = meta.verified && rule.bool_attribute("verified", true);
  return meta;
}

}  // namespace ihe::profiles
