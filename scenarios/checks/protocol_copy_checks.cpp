// MESA 214 / 104 (one requested procedure, two scheduled steps, three protocol items in all): each step's
// Scheduled Protocol Code Sequence (0040,0008), as the worklist had it, must reach the MPPS performing that
// step, in its Scheduled Step Attributes Sequence item (PS3.4 Table F.7.2-1: type 2 at N-CREATE), and the
// images acquired for it, in their Request Attributes Sequence item (PS3.3 Table 10-9: type 3): every item,
// none lost, none invented (RAD TF-2 Appendix A "simple case", spec digest 3.3; PS3.17 Annex J). Reads the
// await RAD-6/RAD-7 data sets "worklist" (one item per SPS), "mpps" and "archived"; items are matched by
// SPS ID as MESA's evaluation does.
#include <algorithm>
#include <map>

#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

using dicom::DicomDataset;
using dicom::Tag;

constexpr Tag kSpsSequence{0x0040, 0x0100};
constexpr Tag kSpsId{0x0040, 0x0009};
constexpr Tag kProtocolCodes{0x0040, 0x0008};
constexpr Tag kCodeValue{0x0008, 0x0100};
constexpr Tag kScheme{0x0008, 0x0102};
constexpr Tag kMeaning{0x0008, 0x0104};

// What a message copies into: the MPPS's SSAS items or the image's RAS items, and how a finding names it.
struct CopyTarget {
  const char* datasets;  // the outcome's data sets
  Tag sequence;          // (0040,0270) or (0040,0275)
  Tag name_tag;          // PPS ID or SOP Instance UID
  const char* kind;      // "MPPS", "image"
};

constexpr CopyTarget kMpps{"mpps", Tag{0x0040, 0x0270}, Tag{0x0040, 0x0253}, "MPPS"};
constexpr CopyTarget kImages{"archived", Tag{0x0040, 0x0275}, Tag{0x0008, 0x0018}, "image"};

// SPS ID -> its Scheduled Protocol Code Sequence items, from the worklist items (one SPS item each).
std::map<std::string, std::vector<DicomDataset>> scheduled_protocols(
    const std::vector<DicomDataset>& worklist) {
  std::map<std::string, std::vector<DicomDataset>> by_sps;
  for (const auto& item : worklist)
    for (const auto& sps : item.items(kSpsSequence)) by_sps[sps.text(kSpsId)] = sps.items(kProtocolCodes);
  return by_sps;
}

std::string code_text(const DicomDataset& code) {
  return code.text(kCodeValue) + "^" + code.text(kScheme) + "^" + code.text(kMeaning);
}

std::string codes_text(const std::vector<DicomDataset>& codes) {
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : ", ") + code_text(code);
  return out.empty() ? "(no item)" : out;
}

// A copied item stands for a scheduled one when Code Value and Coding Scheme Designator are equal, and the
// Code Meaning too where the worklist gave one (PS3.3 8.8: value and scheme identify the code).
bool same_code(const DicomDataset& scheduled, const DicomDataset& copied) {
  if (scheduled.text(kCodeValue) != copied.text(kCodeValue) ||
      scheduled.text(kScheme) != copied.text(kScheme))
    return false;
  const auto meaning = scheduled.text(kMeaning);
  return meaning.empty() || meaning == copied.text(kMeaning);
}

// Pairs scheduled and copied items one to one; what is left on either side was lost or invented.
std::string differences(const std::vector<DicomDataset>& scheduled, std::vector<DicomDataset> copied) {
  std::string lost;
  for (const auto& code : scheduled) {
    const auto match = std::find_if(copied.begin(), copied.end(),
                                    [&](const DicomDataset& other) { return same_code(code, other); });
    if (match == copied.end())
      lost += (lost.empty() ? "" : ", ") + code_text(code);
    else
      copied.erase(match);
  }
  std::string out;
  if (!lost.empty()) out = "lost or altered " + lost;
  if (!copied.empty()) out += (out.empty() ? "" : "; ") + std::string("invented ") + codes_text(copied);
  return out;
}

std::vector<reports::Finding> compare(const CheckInput& in, const CopyTarget& target) {
  const auto& worklist = in.outcome.datasets_named("worklist");
  const auto& messages = in.outcome.datasets_named(target.datasets);
  std::vector<reports::Finding> out;
  if (worklist.empty() || messages.empty()) {
    out.push_back(shortfall(target.kind,
                            std::string("an ") + target.kind + " and the worklist it copies from",
                            worklist.empty() ? "no worklist item" : "none at the harness",
                            "nothing to compare the scheduled protocol codes with"));
    return out;
  }
  const auto scheduled = scheduled_protocols(worklist);
  for (const auto& message : messages) {
    const auto name = std::string(target.kind) + " " + message.text(target.name_tag) + " ";
    const auto& items = message.items(target.sequence);
    bool named_one = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto sps = items[i].text(kSpsId);
      const auto found = scheduled.find(sps);
      if (found == scheduled.end()) continue;
      named_one = true;
      const auto location = name + target.sequence.to_string() + "[" + std::to_string(i) + "]/(0040,0008)";
      if (const auto wrong = differences(found->second, items[i].items(kProtocolCodes)); !wrong.empty())
        out.push_back(shortfall(location, codes_text(found->second),
                                codes_text(items[i].items(kProtocolCodes)),
                                "the Scheduled Protocol Code Sequence of SPS " + sps +
                                    " is not copied as the worklist had it: " + wrong));
    }
    if (!named_one)
      out.push_back(shortfall(name + target.sequence.to_string(), "an item naming a scheduled step's SPS ID",
                              std::to_string(items.size()) + " items, none naming a published SPS",
                              "no item to carry the step's Scheduled Protocol Code Sequence"));
  }
  return out;
}

}  // namespace

void add_protocol_copy_checks(CheckRegistry& registry) {
  registry.add(
      {"ssas-protocol-codes",
       "each MPPS's SSAS item carries its SPS's Scheduled Protocol Code Sequence as the worklist had it",
       {},
       {},
       [](const CheckInput& in) { return compare(in, kMpps); }});
  registry.add({"ras-protocol-codes",
                "each archived image's Request Attributes item carries its SPS's Scheduled Protocol Code "
                "Sequence as the worklist had it",
                {},
                {},
                [](const CheckInput& in) { return compare(in, kImages); }});
}

}  // namespace ihe::scenarios
