#include <algorithm>
#include <cctype>

#include "actors/common/matching/matching.h"
#include "actors/common/matching/range_matching.h"
#include "actors/dicom/vr_traits.h"

namespace ihe::actors {
namespace {

using dicom::Vr;

// PS3.5 6.2: trailing spaces are padding for every text VR; leading spaces too except for LT, ST, UT.
std::string_view trimmed(Vr vr, std::string_view value) {
  while (!value.empty() && (value.back() == ' ' || value.back() == '\0')) value.remove_suffix(1);
  if (vr != Vr::LT && vr != Vr::ST && vr != Vr::UT)
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  return value;
}

// "DOE^JOHN^^^" and "DOE^JOHN" are the same name (PS3.5 6.2.1.1: trailing empty components may be left out).
std::string_view person_name(std::string_view value) {
  while (!value.empty() && (value.back() == '^' || value.back() == '=')) value.remove_suffix(1);
  return value;
}

bool wildcards_apply(Vr vr) {
  return vr != Vr::UI && vr != Vr::DA && vr != Vr::TM && vr != Vr::DT && dicom::kind_of(vr) == dicom::VrKind::Text;
}

bool equal(std::string_view a, std::string_view b, bool ignore_case) {
  if (!ignore_case) return a == b;
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::toupper(x) == std::toupper(y);
         });
}

bool value_matches(Vr vr, std::string_view key, std::string_view candidate) {
  key = trimmed(vr, key);
  candidate = trimmed(vr, candidate);
  if (vr == Vr::PN) {
    key = person_name(key);
    candidate = person_name(candidate);
  }
  if (detail::is_range(vr, key)) return detail::range_matches(vr, key, candidate);
  bool ignore_case = vr == Vr::PN;
  if (wildcards_apply(vr) && key.find_first_of("*?") != std::string_view::npos)
    return wildcard_match(key, candidate, ignore_case);
  return equal(key, candidate, ignore_case);
}

bool is_universal(const dicom::Element& key) {
  if (key.vr == Vr::SQ)
    return key.items.empty() || (key.items.size() == 1 && key.items.front().empty());
  if (key.is_empty()) return true;
  return key.values.size() == 1 && wildcards_apply(key.vr) && trimmed(key.vr, key.values.front()) == "*";
}

}  // namespace

bool wildcard_match(std::string_view pattern, std::string_view value, bool ignore_case) {
  // Iterative glob with one backtrack point: linear in practice, no recursion on hostile keys.
  std::size_t p = 0, v = 0, star = std::string_view::npos, resume = 0;
  auto same = [&](char a, char b) { return equal(std::string_view(&a, 1), std::string_view(&b, 1), ignore_case); };
  while (v < value.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || (pattern[p] != '*' && same(pattern[p], value[v])))) {
      ++p;
      ++v;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = v;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      v = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool element_matches(const dicom::Element& key, const dicom::Element* candidate, const MatchOptions& options) {
  if (is_universal(key)) return true;
  if (candidate == nullptr || candidate->is_empty()) return false;
  if (key.vr == Vr::SQ) {
    const dicom::DicomDataset& item_keys = key.items.front();
    return std::any_of(candidate->items.begin(), candidate->items.end(),
                       [&](const dicom::DicomDataset& item) { return matches(item_keys, item, options); });
  }
  // List of UID matching (C.2.2.2.2) and multiple value matching: any key value against any stored value.
  return std::any_of(key.values.begin(), key.values.end(), [&](const std::string& wanted) {
    return std::any_of(candidate->values.begin(), candidate->values.end(),
                       [&](const std::string& stored) { return value_matches(key.vr, wanted, stored); });
  });
}

}  // namespace ihe::actors
