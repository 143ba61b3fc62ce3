// What a modality reported by MPPS for one procedure (the await RAD-6/RAD-7 data sets "mpps", every MPPS of
// the scenario's patient, and "archived", every instance of that patient the harness's Image Manager holds):
// the MESA modality tests' MPPS evaluations (spec digest 3.2 cases; 5.2 tests 201-242).
#include <algorithm>
#include <set>

#include "base/text.h"
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

using dicom::DicomDataset;
using dicom::Tag;

constexpr Tag kSsas{0x0040, 0x0270};
constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kSpsId{0x0040, 0x0009};
constexpr Tag kPpsId{0x0040, 0x0253};
constexpr Tag kPpsStatus{0x0040, 0x0252};
constexpr Tag kReason{0x0040, 0x0281};
constexpr Tag kCodeValue{0x0008, 0x0100};
constexpr Tag kScheme{0x0008, 0x0102};
constexpr Tag kPerformedSeries{0x0040, 0x0340};
constexpr Tag kReferencedImages{0x0008, 0x1140};
constexpr Tag kReferencedInstance{0x0008, 0x1155};
constexpr Tag kSopInstance{0x0008, 0x0018};

std::string where(const DicomDataset& mpps, const std::string& path) {
  return "MPPS " + mpps.text(kPpsId) + " " + path;
}

// Every check needs at least one MPPS to judge; none is its own finding.
std::vector<reports::Finding> none_if_empty(const std::vector<DicomDataset>& mpps) {
  if (!mpps.empty()) return {};
  return {shortfall("MPPS", "an MPPS of the procedure", "none at the harness's Order Filler",
                    "the modality reported no MPPS for the procedure")};
}

std::set<std::string> sps_ids(const DicomDataset& mpps) {
  std::set<std::string> ids;
  for (const auto& item : mpps.items(kSsas)) ids.insert(item.text(kSpsId));
  return ids;
}

std::string joined(const std::set<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : " ") + (id.empty() ? "(empty)" : id);
  return out.empty() ? "(none)" : out;
}

// Unscheduled (spec digest 3.2, MESA 201): one SSAS item with the modality's Study UID; Accession, RP ID, RP
// Description, SPS ID and SPS Description present with zero length (type 2, nothing to copy).
std::vector<reports::Finding> unscheduled_ssas(const CheckInput& in) {
  const auto& all = in.outcome.datasets_named("mpps");
  auto out = none_if_empty(all);
  for (const auto& mpps : all) {
    const auto& items = mpps.items(kSsas);
    if (items.size() != 1) {
      out.push_back(shortfall(where(mpps, "(0040,0270)"), "one item", std::to_string(items.size()) + " items",
                              "an unscheduled MPPS has one Scheduled Step Attributes Sequence item"));
      continue;
    }
    if (items[0].text(kStudyUid).empty())
      out.push_back(shortfall(where(mpps, "(0040,0270)[0]/(0020,000D)"), "the modality's Study UID",
                              "(empty)", "the unscheduled SSAS item carries no Study Instance UID (type 1)"));
    for (const Tag tag :
         {Tag{0x0008, 0x0050}, Tag{0x0040, 0x1001}, Tag{0x0032, 0x1060}, kSpsId, Tag{0x0040, 0x0007}}) {
      const auto* element = items[0].find(tag);
      if (!element || !element->is_empty())
        out.push_back(shortfall(where(mpps, "(0040,0270)[0]/" + tag.to_string()), "present, zero length",
                                element ? element->joined() : "(absent)",
                                "an unscheduled MPPS has no worklist values to copy: the attribute is type 2 "
                                "and must be sent empty"));
    }
  }
  return out;
}

// Every MPPS has the PPS Status `equals`.
std::vector<reports::Finding> mpps_status(const CheckInput& in) {
  const auto& all = in.outcome.datasets_named("mpps");
  auto out = none_if_empty(all);
  for (const auto& mpps : all)
    if (mpps.text(kPpsStatus) != in.param("equals"))
      out.push_back(shortfall(where(mpps, "(0040,0252)"), in.param("equals"), mpps.text(kPpsStatus),
                              "the MPPS did not end as the operator was asked to end it"));
  return out;
}

// Append (MESA 231) and one MPPS per SPS (MESA 213): every MPPS has a PPS ID of its own.
std::vector<reports::Finding> distinct_pps_ids(const CheckInput& in) {
  const auto& all = in.outcome.datasets_named("mpps");
  auto out = none_if_empty(all);
  std::set<std::string> seen;
  for (const auto& mpps : all)
    if (!seen.insert(mpps.text(kPpsId)).second)
      out.push_back(shortfall(where(mpps, "(0040,0253)"), "a PPS ID no other MPPS has", mpps.text(kPpsId),
                              "two performed procedure steps share one PPS ID"));
  return out;
}

// Discontinued with a reason (MESA 242): a Discontinuation Reason Code Sequence item code=... of DCM (CID
// 9300).
std::vector<reports::Finding> discontinuation_reason(const CheckInput& in) {
  const auto& all = in.outcome.datasets_named("mpps");
  auto out = none_if_empty(all);
  for (const auto& mpps : all) {
    const auto& items = mpps.items(kReason);
    const bool found = std::any_of(items.begin(), items.end(), [&](const DicomDataset& item) {
      return item.text(kCodeValue) == in.param("code") && item.text(kScheme) == "DCM";
    });
    if (!found)
      out.push_back(shortfall(where(mpps, "(0040,0281)"), in.param("code") + " (DCM)",
                              items.empty() ? "(no item)" : items[0].text(kCodeValue),
                              "the discontinued MPPS does not carry the reason the operator gave"));
  }
  return out;
}

// MESA 215: every MPPS names the protocol performed, code=..., in its Performed Protocol Code Sequence.
std::vector<reports::Finding> performed_protocol(const CheckInput& in) {
  const auto& all = in.outcome.datasets_named("mpps");
  auto out = none_if_empty(all);
  for (const auto& mpps : all) {
    const auto& items = mpps.items(Tag{0x0040, 0x0260});
    if (std::none_of(items.begin(), items.end(),
                     [&](const DicomDataset& item) { return item.text(kCodeValue) == in.param("code"); }))
      out.push_back(shortfall(where(mpps, "(0040,0260)"), in.param("code"),
                              items.empty() ? "(no item)" : items[0].text(kCodeValue),
                              "the MPPS does not name the protocol the operator performed"));
  }
  return out;
}

// Group case (MESA 221): the one MPPS names every SPS performed, sps="ID ...", in its SSAS.
std::vector<reports::Finding> ssas_lists(const CheckInput& in) {
  const auto& all = in.outcome.datasets_named("mpps");
  auto out = none_if_empty(all);
  const auto parts = split_nonempty(in.param("sps"), ' ');
  const std::set<std::string> wanted(parts.begin(), parts.end());
  for (const auto& mpps : all)
    if (sps_ids(mpps) != wanted)
      out.push_back(shortfall(where(mpps, "(0040,0270)"), joined(wanted), joined(sps_ids(mpps)),
                              "the MPPS does not name exactly the scheduled steps it performed"));
  return out;
}

// One MPPS per SPS (MESA 213): each MPPS names one SPS, and each of sps="ID ..." is named by exactly one.
std::vector<reports::Finding> one_mpps_per_step(const CheckInput& in) {
  const auto& all = in.outcome.datasets_named("mpps");
  auto out = none_if_empty(all);
  std::multiset<std::string> named;
  for (const auto& mpps : all) {
    const auto ids = sps_ids(mpps);
    if (ids.size() != 1)
      out.push_back(shortfall(where(mpps, "(0040,0270)"), "one SPS", joined(ids),
                              "each scheduled step was to be performed in an MPPS of its own"));
    named.insert(ids.begin(), ids.end());
  }
  for (const auto& id : split_nonempty(in.param("sps"), ' '))
    if (named.count(id) != 1)
      out.push_back(shortfall("(0040,0270)/(0040,0009)", id + " named by one MPPS",
                              "named by " + std::to_string(named.count(id)),
                              "each scheduled step was to be performed in an MPPS of its own"));
  return out;
}

// PS3.4 F.7.2.2.2 / F.7.2-1 note 2: the final MPPS lists every image created in the step; compared with the
// images the harness archived for the patient, both ways.
std::vector<reports::Finding> lists_images(const CheckInput& in) {
  const auto& all = in.outcome.datasets_named("mpps");
  auto out = none_if_empty(all);
  std::set<std::string> listed;
  for (const auto& mpps : all)
    for (const auto& series : mpps.items(kPerformedSeries))
      for (const auto& image : series.items(kReferencedImages))
        listed.insert(image.text(kReferencedInstance));
  std::set<std::string> archived;
  for (const auto& image : in.outcome.datasets_named("archived")) archived.insert(image.text(kSopInstance));
  for (const auto& uid : archived)
    if (!listed.contains(uid))
      out.push_back(shortfall("(0040,0340)/(0008,1140)", uid + " listed", "not listed",
                              "an image the modality stored is missing from its final MPPS"));
  for (const auto& uid : listed)
    if (!archived.contains(uid))
      out.push_back(shortfall("(0040,0340)/(0008,1140)", uid + " stored", "never stored",
                              "the final MPPS lists an image the Image Manager never received"));
  return out;
}

// MESA 201 / 271: every image (await RAD-8 data sets "images") carries the patient the operator entered or
// the worklist names now: patient-id=... and/or patient-name=...
std::vector<reports::Finding> image_demographics(const CheckInput& in) {
  const auto& images = in.outcome.datasets_named("images");
  std::vector<reports::Finding> out;
  if (images.empty())
    out.push_back(shortfall("images", "an image of the procedure", "none", "no image to compare"));
  for (const auto& image : images)
    for (const auto& [param, tag] :
         {std::pair{"patient-id", Tag{0x0010, 0x0020}}, {"patient-name", Tag{0x0010, 0x0010}}})
      if (const auto want = in.param(param); !want.empty() && image.text(tag) != want)
        out.push_back(shortfall("image " + image.text(kSopInstance) + " " + tag.to_string(), want,
                                image.text(tag),
                                "the image does not carry the patient's current demographics"));
  return out;
}

}  // namespace

void add_mpps_checks(CheckRegistry& registry) {
  registry.add({"unscheduled-ssas",
                "every MPPS has one SSAS item: a Study UID, Accession/RP/SPS values present and empty",
                {},
                {},
                unscheduled_ssas});
  registry.add(
      {"mpps-status", "every MPPS of the procedure has PPS Status equals=...", {"equals"}, {}, mpps_status});
  registry.add({"distinct-pps-ids", "no two MPPS of the procedure share a PPS ID", {}, {}, distinct_pps_ids});
  registry.add({"discontinuation-reason",
                "every MPPS carries Discontinuation Reason code=... (DCM, CID 9300)",
                {"code"},
                {},
                discontinuation_reason});
  registry.add(
      {"ssas-lists", "every MPPS's SSAS names exactly the SPS IDs sps=\"ID ...\"", {"sps"}, {}, ssas_lists});
  registry.add({"performed-protocol",
                "every MPPS names code=... in its Performed Protocol Code Sequence",
                {"code"},
                {},
                performed_protocol});
  registry.add({"one-mpps-per-step",
                "each MPPS names one SPS and each of sps=\"ID ...\" is named by exactly one MPPS",
                {"sps"},
                {},
                one_mpps_per_step});
  registry.add({"image-demographics",
                "every image carries patient-id=... and/or patient-name=...",
                {},
                {"patient-id", "patient-name"},
                image_demographics});
  registry.add({"mpps-lists-images",
                "the MPPS list exactly the images the harness archived for the patient",
                {},
                {},
                lists_images});
}

}  // namespace ihe::scenarios
