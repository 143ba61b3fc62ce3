#include "actors/dicom/dicom_dataset.h"

#include "actors/dicom/vr_traits.h"
#include "base/harness_error.h"

namespace ihe::dicom {
namespace {

[[noreturn]] void misuse(Tag tag, Vr vr, const std::string& what) {
  throw HarnessError("DicomDataset: " + tag.to_string() + " " + std::string(to_string(vr)) + ": " + what);
}

std::vector<std::string> split_values(Vr vr, std::string_view value) {
  std::vector<std::string> values;
  if (value.empty()) return values;
  if (!is_multi_valued(vr)) return {std::string(value)};
  for (std::size_t start = 0;;) {
    auto end = value.find('\\', start);
    values.emplace_back(value.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return values;
    start = end + 1;
  }
}

// Brings values to the one form Element documents, so that equal data sets compare equal whichever way
// they were built (by hand or from the wire).
void normalise(Element& element) {
  auto kind = kind_of(element.vr);
  if (!element.values.empty() && (kind == VrKind::Bulk || kind == VrKind::Sequence))
    misuse(element.tag, element.vr, "takes no text values");
  if (!element.bytes.empty() && kind != VrKind::Bulk) misuse(element.tag, element.vr, "takes no bytes");
  if (!element.items.empty() && kind != VrKind::Sequence) misuse(element.tag, element.vr, "takes no items");
  for (auto& value : element.values) {
    if (kind == VrKind::Number) {
      auto number = normalise_number(element.vr, value);
      if (!number) misuse(element.tag, element.vr, "\"" + value + "\" is no number of this VR");
      value = *number;
    } else if (kind == VrKind::TagValue) {
      auto tag = Tag::parse(value);
      if (!tag) misuse(element.tag, element.vr, "\"" + value + "\" is no tag");
      value = tag->to_string();
    }
  }
}

const std::vector<DicomDataset>& no_items() {
  static const std::vector<DicomDataset> empty;
  return empty;
}

}  // namespace

std::string Element::joined() const {
  std::string text;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) text += '\\';
    text += values[i];
  }
  return text;
}

bool Element::operator==(const Element& other) const {
  return tag == other.tag && vr == other.vr && values == other.values && bytes == other.bytes &&
         items == other.items;
}

DicomDataset& DicomDataset::set(Tag tag, Vr vr, std::string_view value) {
  return insert(Element{tag, vr, split_values(vr, value), {}, {}});
}

DicomDataset& DicomDataset::set(Tag tag, std::string_view value) {
  const auto* entry = lookup(tag);
  if (!entry)
    throw HarnessError("DicomDataset: " + tag.to_string() + " is not in the data dictionary; give its VR");
  return set(tag, entry->vr, value);
}

DicomDataset& DicomDataset::set_values(Tag tag, Vr vr, std::vector<std::string> values) {
  return insert(Element{tag, vr, std::move(values), {}, {}});
}

DicomDataset& DicomDataset::set_bytes(Tag tag, Vr vr, std::vector<std::uint8_t> bytes) {
  if (kind_of(vr) != VrKind::Bulk) misuse(tag, vr, "is no bulk VR (OB, OD, OF, OL, OV, OW, UN)");
  // PS3.5 6.2: values of OW, OF, OL, OD, OV have a fixed size. Only checked here, for our own data: what a
  // peer sent (insert() via from_dcmtk) is kept as it came, for the validators to judge.
  if (bytes.size() % bulk_unit_size(vr) != 0)
    misuse(tag, vr, std::to_string(bytes.size()) + " bytes is no whole number of values");
  return insert(Element{tag, vr, {}, std::move(bytes), {}});
}

DicomDataset& DicomDataset::set_sequence(Tag tag, std::vector<DicomDataset> items) {
  return insert(Element{tag, Vr::SQ, {}, {}, std::move(items)});
}

DicomDataset& DicomDataset::insert(Element element) {
  normalise(element);
  auto tag = element.tag;
  elements_.insert_or_assign(tag, std::move(element));
  return *this;
}

void DicomDataset::erase(Tag tag) {
  elements_.erase(tag);
}

bool DicomDataset::contains(Tag tag) const {
  return elements_.count(tag) != 0;
}

const Element* DicomDataset::find(Tag tag) const {
  auto it = elements_.find(tag);
  return it == elements_.end() ? nullptr : &it->second;
}

std::vector<DicomDataset>* DicomDataset::mutable_items(Tag tag) {
  auto it = elements_.find(tag);
  if (it == elements_.end() || it->second.vr != Vr::SQ) return nullptr;
  return &it->second.items;
}

std::optional<std::string> DicomDataset::string(Tag tag) const {
  const auto* element = find(tag);
  if (!element) return std::nullopt;
  return element->joined();
}

std::string DicomDataset::text(Tag tag) const {
  std::string value = string(tag).value_or("");
  while (!value.empty() && (value.back() == ' ' || value.back() == '\0')) value.pop_back();
  return value;
}

const std::vector<DicomDataset>& DicomDataset::items(Tag tag) const {
  const auto* element = find(tag);
  return element && element->vr == Vr::SQ ? element->items : no_items();
}

}  // namespace ihe::dicom
