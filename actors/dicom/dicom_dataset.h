#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ihe::dicom {

// A DICOM attribute tag (group, element).
struct Tag {
  std::uint16_t group = 0;
  std::uint16_t element = 0;

  constexpr auto operator<=>(const Tag&) const = default;
  // "(0010,0010)"
  std::string to_string() const;
  // Accepts "(0010,0010)", "0010,0010", "00100010" (hex in either case) and dictionary keywords such as
  // "PatientName" (case-sensitive, as in PS3.6).
  static std::optional<Tag> parse(std::string_view text);
};

// The value representations of PS3.5 Table 6.2-1.
// clang-format off
enum class Vr { AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW, PN, SH, SL, SQ, SS, ST, SV,
                TM, UC, UI, UL, UN, UR, US, UT, UV };
// clang-format on
std::string_view to_string(Vr vr);
std::optional<Vr> parse_vr(std::string_view text);

class DicomDataset;

// One attribute. Text VRs keep their values as strings, one per value (the DICOM backslash separates them on
// the wire; LT, ST, UT and UR are single-valued). Binary number VRs (US, SS, UL, SL, FL, FD, SV, UV) keep
// canonical decimal strings (shortest round-trip form for FL and FD), AT keeps "(gggg,eeee)". Bulk VRs (OB,
// OD, OF, OL, OV, OW, UN) keep their raw bytes in little-endian order instead. SQ keeps its items.
struct Element {
  Tag tag;
  Vr vr = Vr::UN;
  std::vector<std::string> values;
  std::vector<std::uint8_t> bytes;
  std::vector<DicomDataset> items;

  // The values joined with '\' (empty string when the attribute is present but empty).
  std::string joined() const;
  // Present with zero length: no values, no bytes, no items.
  bool is_empty() const { return values.empty() && bytes.empty() && items.empty(); }
  bool operator==(const Element&) const;
};

// Our own DICOM data set value type: what validators, evidence and reports see. It knows nothing of DCMTK;
// actors/net/dicom converts to and from DCMTK's DcmDataset at the wire. Elements are kept sorted by tag.
// Misuse by the caller (an unknown keyword, a number that is none, bytes for a text VR) is a harness bug and
// throws ihe::HarnessError.
class DicomDataset {
 public:
  // Sets an attribute, replacing any earlier one; `value` may hold several values separated by '\'. An
  // empty value means "present, zero length" (what a type 2 attribute or a universal-matching query key
  // needs, PS3.5 7.4 and PS3.4 C.2.2.2.3). Numbers must parse for binary number VRs; SQ and bulk VRs take
  // only an empty value here (use set_sequence / set_bytes).
  DicomDataset& set(Tag tag, Vr vr, std::string_view value);
  // Sets with the VR from the data dictionary; throws ihe::HarnessError for a tag it does not know.
  DicomDataset& set(Tag tag, std::string_view value);
  // Several values at once, each taken as it is (a backslash inside one is kept).
  DicomDataset& set_values(Tag tag, Vr vr, std::vector<std::string> values);
  // Bulk VRs only; the length must be a multiple of the VR's value size (OW 2, OF/OL 4, OD/OV 8).
  DicomDataset& set_bytes(Tag tag, Vr vr, std::vector<std::uint8_t> bytes);
  DicomDataset& set_sequence(Tag tag, std::vector<DicomDataset> items);
  // Adds an element as it is (used by the DCMTK conversion): numbers and tags are normalised as by set(),
  // values, bytes and items must suit the VR, but a bulk length need not be a whole number of values.
  DicomDataset& insert(Element element);
  void erase(Tag tag);

  bool contains(Tag tag) const;
  const Element* find(Tag tag) const;
  // For building nested items in place: the items of a sequence, nullptr when absent or not a sequence.
  std::vector<DicomDataset>* mutable_items(Tag tag);
  // The joined string value of a top-level attribute, nullopt when absent.
  std::optional<std::string> string(Tag tag) const;
  // The same without its padding (PS3.5 6.2: trailing spaces, a UID's trailing NUL), for comparing values;
  // empty when absent.
  std::string text(Tag tag) const;
  // The items of a sequence, empty when absent or not a sequence.
  const std::vector<DicomDataset>& items(Tag tag) const;
  // Attribute by path: "0040,0100[0]/0040,0001", "ScheduledProcedureStepSequence[0]/Modality",
  // "PatientName" (item index 0-based).
  const Element* find_path(std::string_view path) const;

  const std::map<Tag, Element>& elements() const { return elements_; }
  bool empty() const { return elements_.empty(); }
  std::size_t size() const { return elements_.size(); }

  // dcmdump-like text, one attribute per line (control characters escaped), nested items indented, bulk
  // data as its first 16 bytes in hex:
  //   (0010,0010) PN [DOE^JOHN]                           # PatientName
  std::string to_text() const;
  // The DICOM JSON model of PS3.18 Annex F on one line ({"00100010":{"vr":"PN","Value":[{"Alphabetic":
  // "DOE^JOHN"}]}}), bulk data as InlineBinary (base64). Always valid UTF-8: bytes that are no UTF-8 are
  // read as ISO_IR 100 (Latin-1). IS/DS values that are no numbers, and SV/UV beyond 2^53, stay strings.
  std::string to_json() const;

  bool operator==(const DicomDataset&) const = default;

 private:
  std::map<Tag, Element> elements_;
};

// The data dictionary (generated at build time from DCMTK's dicom.dic): keyword and VR of a standard tag.
// A tag of a repeating group (PS3.5 7.6, e.g. (6002,3000)) finds the entry of the group's first tag
// ((6000,3000) OverlayData); private and unknown tags, and unknown keywords, give nullptr. Where the
// standard leaves the VR open (US or SS, OB or OW) the entry names the first.
struct DictionaryEntry {
  Tag tag;
  std::string_view keyword;
  Vr vr;
};
const DictionaryEntry* lookup(Tag tag);
const DictionaryEntry* lookup(std::string_view keyword);

}  // namespace ihe::dicom
