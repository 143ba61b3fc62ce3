#include "tests/unit/validation/samples.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "actors/hl7/parse.h"
#include "tests/support/net_util.h"

namespace ihe::validation::test {

using dicom::DicomDataset;
using dicom::Tag;

namespace {

constexpr std::string_view kStudy = "1.2.826.0.1.3680043.2.1125.1.1";
constexpr std::string_view kImage = "1.2.826.0.1.3680043.2.1125.1.3";
constexpr std::string_view kSecondaryCapture = "1.2.840.10008.5.1.4.1.1.7";

DicomDataset code(std::string_view value, std::string_view scheme, std::string_view meaning) {
  DicomDataset item;
  item.set(Tag{0x0008, 0x0100}, value).set(Tag{0x0008, 0x0102}, scheme).set(Tag{0x0008, 0x0104}, meaning);
  return item;
}

DicomDataset& patient(DicomDataset& ds) {
  return ds.set(Tag{0x0010, 0x0010}, "SMITH^ALICE")
      .set(Tag{0x0010, 0x0020}, "PAT001")
      .set(Tag{0x0010, 0x0030}, "19800214")
      .set(Tag{0x0010, 0x0040}, "F");
}

}  // namespace

const profiles::RuleSet& rules() {
  static const profiles::RuleSet set = profiles::RuleSet::load(profiles::RuleSet::default_data_dir());
  return set;
}

const profiles::Hl7TransactionRules& hl7_rules(const std::string& transaction) {
  const auto* found = rules().hl7_rules("SWF.b", transaction);
  if (found == nullptr) throw std::runtime_error("no HL7 rules for " + transaction);
  return *found;
}

const profiles::DatasetRules& dataset_rules(const std::string& transaction, const std::string& dataset) {
  const auto* found = rules().dicom_rules("SWF.b", transaction);
  if (found == nullptr || found->find(dataset) == nullptr)
    throw std::runtime_error("no " + dataset + " rules");
  return *found->find(dataset);
}

std::string data_text(const std::string& name) {
  std::ifstream in(ihe::test::source_dir() / "tests/unit/validation/data" / name, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

hl7::Message data_message(const std::string& name) {
  auto parsed = hl7::parse(data_text(name));
  if (!parsed) throw std::runtime_error(name + ": " + parsed.error().description);
  return parsed.message();
}

DicomDataset mwl_item() {
  DicomDataset sps;
  sps.set(Tag{0x0040, 0x0001}, "CTSCANNER1")
      .set(Tag{0x0040, 0x0002}, "20240106")
      .set(Tag{0x0040, 0x0003}, "090000")
      .set(Tag{0x0008, 0x0060}, "CT")
      .set(Tag{0x0040, 0x0006}, "")
      .set(Tag{0x0040, 0x0007}, "Head routine")
      .set_sequence(Tag{0x0040, 0x0008}, {code("PROTO1", "LOCAL", "Head routine")})
      .set(Tag{0x0040, 0x0009}, "SPS5005")
      .set(Tag{0x0040, 0x0010}, "CT_ROOM_1")
      .set(Tag{0x0040, 0x0011}, "")
      .set(Tag{0x0040, 0x0020}, "SCHEDULED");
  DicomDataset ds;
  patient(ds).set_sequence(Tag{0x0040, 0x0100}, {sps});
  ds.set(Tag{0x0040, 0x1001}, "RP4004")
      .set(Tag{0x0032, 0x1060}, "CT head")
      .set_sequence(Tag{0x0032, 0x1064}, {code("CT-HEAD", "LOCAL", "CT head")})
      .set(Tag{0x0020, 0x000D}, kStudy)
      .set_sequence(Tag{0x0008, 0x1110}, {})
      .set(Tag{0x0008, 0x0050}, "ACC3003")
      .set(Tag{0x0032, 0x1032}, "")
      .set(Tag{0x0008, 0x0090}, "REFER^ROBERT")
      .set(Tag{0x0038, 0x0010}, "")
      .set(Tag{0x0038, 0x0300}, "")
      .set(Tag{0x0010, 0x1030}, "")
      .set(Tag{0x0010, 0x21C0}, "")
      .set(Tag{0x0040, 0x1003}, "ROUTINE")
      .set(Tag{0x0040, 0x1004}, "")
      .set(Tag{0x0040, 0x3001}, "")
      .set(Tag{0x0038, 0x0500}, "")
      .set(Tag{0x0010, 0x2000}, "")
      .set(Tag{0x0010, 0x2110}, "")
      .set(Tag{0x0038, 0x0050}, "");
  return ds;
}

DicomDataset mpps_create() {
  DicomDataset ssas;
  ssas.set(Tag{0x0020, 0x000D}, kStudy)
      .set_sequence(Tag{0x0008, 0x1110}, {})
      .set(Tag{0x0008, 0x0050}, "ACC3003")
      .set(Tag{0x0040, 0x1001}, "RP4004")
      .set(Tag{0x0032, 0x1060}, "CT head")
      .set(Tag{0x0040, 0x0009}, "SPS5005")
      .set(Tag{0x0040, 0x0007}, "Head routine")
      .set_sequence(Tag{0x0040, 0x0008}, {code("PROTO1", "LOCAL", "Head routine")});
  DicomDataset ds;
  patient(ds).set_sequence(Tag{0x0040, 0x0270}, {ssas});
  ds.set_sequence(Tag{0x0008, 0x1120}, {})
      .set(Tag{0x0040, 0x0253}, "PPS1")
      .set(Tag{0x0040, 0x0241}, "CTSCANNER1")
      .set(Tag{0x0040, 0x0242}, "")
      .set(Tag{0x0040, 0x0243}, "")
      .set(Tag{0x0040, 0x0244}, "20240106")
      .set(Tag{0x0040, 0x0245}, "091500")
      .set(Tag{0x0040, 0x0252}, "IN PROGRESS")
      .set(Tag{0x0040, 0x0254}, "CT head")
      .set(Tag{0x0040, 0x0255}, "")
      .set_sequence(Tag{0x0008, 0x1032}, {})
      .set(Tag{0x0040, 0x0250}, "")
      .set(Tag{0x0040, 0x0251}, "")
      .set(Tag{0x0008, 0x0060}, "CT")
      .set(Tag{0x0020, 0x0010}, "RP4004")
      .set_sequence(Tag{0x0040, 0x0260}, {})
      .set_sequence(Tag{0x0040, 0x0340}, {});
  return ds;
}

DicomDataset mpps_set_completed() {
  DicomDataset image_ref;
  image_ref.set(Tag{0x0008, 0x1150}, kSecondaryCapture).set(Tag{0x0008, 0x1155}, kImage);
  DicomDataset series;
  series.set(Tag{0x0018, 0x1030}, "Head routine")
      .set(Tag{0x0020, 0x000E}, "1.2.826.0.1.3680043.2.1125.1.2")
      .set(Tag{0x0008, 0x1050}, "")
      .set(Tag{0x0008, 0x1070}, "TECH^TOM")
      .set(Tag{0x0008, 0x103E}, "Head")
      .set(Tag{0x0008, 0x0054}, "PACS")
      .set_sequence(Tag{0x0008, 0x1140}, {image_ref})
      .set_sequence(Tag{0x0040, 0x0220}, {});
  DicomDataset ds;
  ds.set(Tag{0x0040, 0x0252}, "COMPLETED")
      .set(Tag{0x0040, 0x0250}, "20240106")
      .set(Tag{0x0040, 0x0251}, "093000")
      .set_sequence(Tag{0x0040, 0x0340}, {series});
  return ds;
}

DicomDataset sc_image() {
  DicomDataset ras;
  ras.set(Tag{0x0040, 0x1001}, "RP4004").set(Tag{0x0040, 0x0009}, "SPS5005");
  DicomDataset ds;
  patient(ds)
      .set(Tag{0x0008, 0x0016}, kSecondaryCapture)
      .set(Tag{0x0008, 0x0018}, kImage)
      .set(Tag{0x0008, 0x0020}, "20240106")
      .set(Tag{0x0008, 0x0030}, "091600")
      .set(Tag{0x0008, 0x0050}, "ACC3003")
      .set(Tag{0x0008, 0x0060}, "OT")
      .set(Tag{0x0008, 0x0064}, "WSD")
      .set(Tag{0x0008, 0x0090}, "REFER^ROBERT")
      .set(Tag{0x0020, 0x000D}, kStudy)
      .set(Tag{0x0020, 0x000E}, "1.2.826.0.1.3680043.2.1125.1.2")
      .set(Tag{0x0020, 0x0010}, "RP4004")
      .set(Tag{0x0020, 0x0011}, "1")
      .set(Tag{0x0020, 0x0013}, "1")
      .set(Tag{0x0020, 0x0020}, "L\\F")
      .set(Tag{0x0020, 0x0060}, "")
      .set_sequence(Tag{0x0040, 0x0275}, {ras})
      .set(Tag{0x0028, 0x0002}, "1")
      .set(Tag{0x0028, 0x0004}, "MONOCHROME2")
      .set(Tag{0x0028, 0x0010}, "16")
      .set(Tag{0x0028, 0x0011}, "16")
      .set(Tag{0x0028, 0x0100}, "16")
      .set(Tag{0x0028, 0x0101}, "16")
      .set(Tag{0x0028, 0x0102}, "15")
      .set(Tag{0x0028, 0x0103}, "0")
      .set_bytes(Tag{0x7FE0, 0x0010}, dicom::Vr::OW, std::vector<std::uint8_t>(16 * 16 * 2, 0x40));
  return ds;
}

DicomDataset stgcmt_request() {
  DicomDataset ref;
  ref.set(Tag{0x0008, 0x1150}, kSecondaryCapture).set(Tag{0x0008, 0x1155}, kImage);
  DicomDataset ds;
  ds.set(Tag{0x0008, 0x1195}, "1.2.826.0.1.3680043.2.1125.1.9").set_sequence(Tag{0x0008, 0x1199}, {ref});
  return ds;
}

DicomDataset stgcmt_report() {
  DicomDataset ds = stgcmt_request();
  ds.set(Tag{0x0008, 0x0054}, "PACS");
  return ds;
}

}  // namespace ihe::validation::test
