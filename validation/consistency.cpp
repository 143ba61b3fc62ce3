#include "validation/consistency.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "profiles/model/tag_text.h"
#include "validation/finding_builder.h"

namespace ihe::validation {
namespace {

// "(0040,0270)[1]/(0020,000D)" -> the element, items numbered from 1.
const dicom::Element* element_at(const dicom::DicomDataset& dataset, const std::string& path) {
  const dicom::DicomDataset* level = &dataset;
  std::istringstream steps(path);
  const dicom::Element* element = nullptr;
  for (std::string step; std::getline(steps, step, '/');) {
    if (element != nullptr) return nullptr;  // a step after a non-item step
    const auto tag = profiles::parse_tag_text(step.substr(0, 11));
    if (!tag) return nullptr;
    element =
        level->find({static_cast<std::uint16_t>(*tag >> 16), static_cast<std::uint16_t>(*tag & 0xFFFF)});
    if (element == nullptr) return nullptr;
    if (step.size() > 11) {
      const std::size_t item = std::stoul(step.substr(12));
      if (item == 0 || item > element->items.size()) return nullptr;
      level = &element->items[item - 1];
      element = nullptr;
    }
  }
  return element;
}

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\0')) text.pop_back();
  return text;
}

using Keys = std::map<std::string, std::string>;

Keys keys_of(const RecordedMessage& m, const profiles::CopyRules& rules) {
  Keys keys;
  for (const auto& link : rules.links) {
    if (link.kind != m.kind) continue;
    // An empty key relates nothing: unscheduled acquisitions all have an empty Accession Number.
    for (const auto& [name, path] : link.keys)
      if (auto value = value_at(m, path); value && !value->empty()) keys[name] = *value;
  }
  return keys;
}

bool share_a_key(const Keys& a, const Keys& b) {
  for (const auto& [name, value] : a)
    if (const auto found = b.find(name); found != b.end() && found->second == value) return true;
  return false;
}

// The `from` message of the same procedure as `to`; when `to` carries no key, the only message of that kind.
const RecordedMessage* partner(const std::vector<RecordedMessage>& all, const RecordedMessage& to,
                               const std::string& from_kind, const profiles::CopyRules& rules) {
  std::vector<const RecordedMessage*> candidates;
  for (const auto& m : all)
    if (m.kind == from_kind) candidates.push_back(&m);
  const Keys target = keys_of(to, rules);
  if (target.empty()) return candidates.size() == 1 ? candidates.front() : nullptr;
  for (const auto* c : candidates)
    if (share_a_key(target, keys_of(*c, rules))) return c;
  return nullptr;
}

void check_copies(const std::vector<RecordedMessage>& all, const profiles::CopyRules& rules,
                  std::vector<reports::Finding>& out) {
  for (const auto& rule : rules.rules) {
    for (const auto& to : all) {
      if (to.kind != rule.to) continue;
      const RecordedMessage* from = partner(all, to, rule.from, rules);
      if (from == nullptr) continue;
      const auto expected = value_at(*from, rule.source);
      if (!expected || expected->empty()) continue;
      const auto actual = value_at(to, rule.target);
      if (actual == expected) continue;
      out.push_back(broken(
          rule.meta, to.label + " " + rule.target, *expected + " (" + from->label + " " + rule.source + ")",
          actual.value_or("(absent)"), rule.target + " does not carry the value of " + rule.source));
    }
  }
}

std::set<std::string> instance_uids(const dicom::DicomDataset& dataset, dicom::Tag sequence) {
  std::set<std::string> uids;
  for (const auto& item : dataset.items(sequence))
    if (const auto uid = item.string({0x0008, 0x1155})) uids.insert(trimmed(*uid));
  return uids;
}

const profiles::RuleMeta kStgcmtComplete{
    {"PS3.4", "J.3.3.1.2 every requested instance in (0008,1199) or (0008,1198)", reports::Strength::Shall},
    true};
const profiles::RuleMeta kStgcmtTransaction{
    {"PS3.4", "J.3.3 Transaction UID of the report equals the request's", reports::Strength::Shall}, true};
const profiles::RuleMeta kMppsListsImages{
    {"PS3.4", "F.7.2-1 notes 1-2 / F.7.2.2.2 final MPPS lists every instance created",
     reports::Strength::Shall},
    true};

void check_storage_commitment(const std::vector<RecordedMessage>& all, std::vector<reports::Finding>& out) {
  for (const auto& request : all) {
    if (request.kind != "stgcmt-request") continue;
    const auto uid = value_at(request, "(0008,1195)");
    for (const auto& report : all) {
      if (report.kind != "stgcmt-report") continue;
      const auto report_uid = value_at(report, "(0008,1195)");
      if (report_uid != uid) {
        out.push_back(broken(kStgcmtTransaction, report.label + " (0008,1195)", uid.value_or("(absent)"),
                             report_uid.value_or("(absent)"), "report answers another transaction"));
        continue;
      }
      auto answered = instance_uids(report.dataset, {0x0008, 0x1199});
      answered.merge(instance_uids(report.dataset, {0x0008, 0x1198}));
      for (const auto& asked : instance_uids(request.dataset, {0x0008, 0x1199}))
        if (!answered.contains(asked))
          out.push_back(broken(kStgcmtComplete, report.label + " (0008,1199)", asked + " committed or failed",
                               "not in the report", "requested instance missing from the commitment report"));
    }
  }
}

void check_mpps_lists_images(const std::vector<RecordedMessage>& all, std::vector<reports::Finding>& out) {
  for (const auto& set : all) {
    if (set.kind != "mpps-set" || trimmed(value_at(set, "(0040,0252)").value_or("")) != "COMPLETED") continue;
    std::set<std::string> listed;
    for (const auto& series : set.dataset.items({0x0040, 0x0340}))
      listed.merge(instance_uids(series, {0x0008, 0x1140}));
    for (const auto& image : all) {
      if (image.kind != "image") continue;
      const auto sop = trimmed(value_at(image, "(0008,0018)").value_or(""));
      if (!sop.empty() && !listed.contains(sop))
        out.push_back(broken(kMppsListsImages, set.label + " (0040,0340)",
                             sop + " listed in Referenced Image Sequence", "not listed",
                             "stored image " + image.label + " missing from the completed MPPS"));
    }
  }
}

}  // namespace

std::optional<std::string> value_at(const RecordedMessage& message, const std::string& path) {
  if (message.hl7) {
    const auto parsed = hl7::Path::parse(path);
    if (!parsed) return std::nullopt;
    std::string value = message.hl7->get(*parsed);
    return value.empty() ? std::nullopt : std::optional(value);
  }
  const dicom::Element* element = element_at(message.dataset, path);
  if (element == nullptr) return std::nullopt;
  return trimmed(element->joined());
}

std::vector<reports::Finding> check_consistency(const std::vector<RecordedMessage>& messages,
                                                const profiles::CopyRules& rules) {
  std::vector<reports::Finding> findings;
  check_copies(messages, rules, findings);
  check_storage_commitment(messages, findings);
  check_mpps_lists_images(messages, findings);
  return findings;
}

}  // namespace ihe::validation
