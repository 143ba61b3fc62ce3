// The Request Attributes Sequence (0040,0275) of instances as the SUT gives them back: in the group case one
// item per requested procedure the acquisition served (PS3.17 J.4.1, RAD TF-2 Appendix A), each naming its
// Requested Procedure ID, Scheduled Procedure Step ID and Accession Number. An archive that keeps fewer
// items loses which procedures the images belong to (MESA 106).
#include <algorithm>

#include "base/text.h"
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

constexpr dicom::Tag kRequestAttributes{0x0040, 0x0275};
constexpr dicom::Tag kRequestedProcedureId{0x0040, 0x1001};
constexpr dicom::Tag kSpsId{0x0040, 0x0009};
constexpr dicom::Tag kAccessionNumber{0x0008, 0x0050};
constexpr dicom::Tag kSopInstanceUid{0x0008, 0x0018};

struct RequestItem {
  std::string rp_id, sps_id, accession;  // accession empty: not compared
  std::string text() const {
    return "RP " + rp_id + " / SPS " + sps_id + (accession.empty() ? "" : " / accession " + accession);
  }
};

std::vector<RequestItem> expected_items(const CheckInput& in) {
  const auto rp_ids = split_nonempty(in.param("rp-ids"), ' ');
  const auto sps_ids = split_nonempty(in.param("sps-ids"), ' ');
  const auto accessions = split_nonempty(in.param("accessions"), ' ');
  std::vector<RequestItem> items;
  for (std::size_t i = 0; i < rp_ids.size(); ++i)
    items.push_back(
        {rp_ids[i], i < sps_ids.size() ? sps_ids[i] : "", i < accessions.size() ? accessions[i] : ""});
  return items;
}

bool holds(const dicom::DicomDataset& item, const RequestItem& wanted) {
  return item.string(kRequestedProcedureId).value_or("") == wanted.rp_id &&
         item.string(kSpsId).value_or("") == wanted.sps_id &&
         (wanted.accession.empty() || item.string(kAccessionNumber).value_or("") == wanted.accession);
}

std::string listed(const std::vector<dicom::DicomDataset>& items) {
  std::string text = std::to_string(items.size()) + " item(s)";
  for (const auto& item : items)
    text += "; RP " + item.string(kRequestedProcedureId).value_or("(none)") + " / SPS " +
            item.string(kSpsId).value_or("(none)") + " / accession " +
            item.string(kAccessionNumber).value_or("(none)");
  return text;
}

// rp-ids="R1 R2" sps-ids="S1 S2" [accessions="A1 A2"] [in=received]: every data set carries exactly one
// Request Attributes item per requested procedure, with these values (in any order).
std::vector<reports::Finding> request_attributes_kept(const CheckInput& in) {
  const auto wanted = expected_items(in);
  std::string expected = std::to_string(wanted.size()) + " item(s)";
  for (const auto& w : wanted) expected += "; " + w.text();
  const auto name = in.param("in", "received");
  const auto& datasets = in.outcome.datasets_named(name);
  if (datasets.empty())
    return {
        shortfall(name, expected, "no data set", "no instance came back to carry the requested procedures")};
  std::vector<reports::Finding> out;
  for (std::size_t i = 0; i < datasets.size(); ++i) {
    const auto& items = datasets[i].items(kRequestAttributes);
    const bool kept =
        items.size() == wanted.size() && std::all_of(wanted.begin(), wanted.end(), [&](const RequestItem& w) {
          return std::any_of(items.begin(), items.end(), [&](const auto& item) { return holds(item, w); });
        });
    if (!kept)
      out.push_back(shortfall(name + " " + std::to_string(i + 1) + " (" +
                                  datasets[i].string(kSopInstanceUid).value_or("no SOP Instance UID") +
                                  ") (0040,0275)",
                              expected, listed(items),
                              "the instance does not name every requested procedure it was acquired for"));
  }
  return out;
}

}  // namespace

void add_request_attribute_checks(CheckRegistry& registry) {
  registry.add({"request-attributes-kept",
                "every data set (in=received) has one Request Attributes item per rp-ids=\"R1 R2\" with "
                "sps-ids=\"S1 S2\" (and accessions=\"A1 A2\"), in any order",
                {"rp-ids", "sps-ids"},
                {"accessions", "in"},
                request_attributes_kept});
}

}  // namespace ihe::scenarios
