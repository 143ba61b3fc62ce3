#include "actors/net/dicom/conversion/dataset_conversion.h"

#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvrov.h>
#include <dcmtk/dcmdata/dcvrsv.h>
#include <dcmtk/dcmdata/dcvruv.h>

#include <bit>
#include <charconv>
#include <string>
#include <vector>

#include "actors/dicom/vr_traits.h"
#include "actors/net/dicom/conversion/dcmtk_logging.h"
#include "base/harness_error.h"

namespace ihe::net {
namespace {

using dicom::Element;
using dicom::Vr;

void check(const OFCondition& condition, const Element& element, const char* what) {
  if (condition.bad())
    throw HarnessError("to_dcmtk: DCMTK refused " + element.tag.to_string() + " " +
                       std::string(dicom::to_string(element.vr)) + " (" + what + "): " + condition.text());
}

// Values were normalised when they entered the DicomDataset, so they parse.
template <typename T>
T number(const std::string& text) {
  T value{};
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

template <typename T>
std::vector<T> little_endian_words(const std::vector<std::uint8_t>& bytes) {
  using Bits = std::conditional_t<sizeof(T) == 2, std::uint16_t,
                                  std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>>;
  std::vector<T> words(bytes.size() / sizeof(T));
  for (std::size_t i = 0; i < words.size(); ++i) {
    Bits bits = 0;
    for (std::size_t k = 0; k < sizeof(T); ++k)
      bits |= static_cast<Bits>(Bits{bytes[i * sizeof(T) + k]} << (8 * k));
    words[i] = std::bit_cast<T>(bits);
  }
  return words;
}

void put_numbers(DcmElement& target, const Element& element) {
  for (unsigned long i = 0; i < element.values.size(); ++i) {
    const auto& value = element.values[i];
    OFCondition condition;
    switch (element.vr) {
      case Vr::US:
        condition = target.putUint16(number<Uint16>(value), i);
        break;
      case Vr::SS:
        condition = target.putSint16(number<Sint16>(value), i);
        break;
      case Vr::UL:
        condition = target.putUint32(number<Uint32>(value), i);
        break;
      case Vr::SL:
        condition = target.putSint32(number<Sint32>(value), i);
        break;
      case Vr::FL:
        condition = target.putFloat32(number<Float32>(value), i);
        break;
      case Vr::FD:
        condition = target.putFloat64(number<Float64>(value), i);
        break;
      // The 64-bit setters are not on DcmElement in DCMTK 3.6.7; newDicomElementWithVR made these classes.
      case Vr::SV:
        condition = static_cast<DcmSigned64bitVeryLong&>(target).putSint64(number<Sint64>(value), i);
        break;
      case Vr::UV:
        condition = static_cast<DcmUnsigned64bitVeryLong&>(target).putUint64(number<Uint64>(value), i);
        break;
      default:
        break;
    }
    check(condition, element, "number");
  }
}

void put_bytes(DcmElement& target, const Element& element) {
  const auto& bytes = element.bytes;
  OFCondition condition;
  switch (element.vr) {
    case Vr::OW: {
      auto words = little_endian_words<Uint16>(bytes);
      condition = target.putUint16Array(words.data(), words.size());
      break;
    }
    case Vr::OF: {
      auto words = little_endian_words<Float32>(bytes);
      condition = target.putFloat32Array(words.data(), words.size());
      break;
    }
    case Vr::OL: {
      auto words = little_endian_words<Uint32>(bytes);
      condition = target.putUint32Array(words.data(), words.size());
      break;
    }
    case Vr::OD: {
      auto words = little_endian_words<Float64>(bytes);
      condition = target.putFloat64Array(words.data(), words.size());
      break;
    }
    case Vr::OV: {
      auto words = little_endian_words<Uint64>(bytes);
      condition = static_cast<DcmOther64bitVeryLong&>(target).putUint64Array(words.data(), words.size());
      break;
    }
    default:  // OB, UN
      condition = target.putUint8Array(bytes.data(), bytes.size());
  }
  check(condition, element, "bytes");
}

void fill(DcmItem& target, const dicom::DicomDataset& source);

void put_values(DcmElement& target, const Element& element) {
  switch (dicom::kind_of(element.vr)) {
    case dicom::VrKind::Text: {
      auto joined = element.joined();
      check(target.putOFStringArray(OFString(joined.data(), joined.size())), element, "text");
      break;
    }
    case dicom::VrKind::Number:
      put_numbers(target, element);
      break;
    case dicom::VrKind::TagValue:
      for (unsigned long i = 0; i < element.values.size(); ++i) {
        auto tag = dicom::Tag::parse(element.values[i]).value_or(dicom::Tag{});
        check(target.putTagVal(DcmTagKey(tag.group, tag.element), i), element, "tag");
      }
      break;
    case dicom::VrKind::Bulk:
      put_bytes(target, element);
      break;
    case dicom::VrKind::Sequence:
      for (const auto& item : element.items) {
        auto dcm_item = std::make_unique<DcmItem>();
        fill(*dcm_item, item);
        check(static_cast<DcmSequenceOfItems&>(target).append(dcm_item.get()), element, "item");
        dcm_item.release();  // the sequence owns it now
      }
      break;
  }
}

void fill(DcmItem& target, const dicom::DicomDataset& source) {
  for (const auto& [tag, element] : source.elements()) {
    DcmTag dcm_tag(tag.group, tag.element, DcmVR(std::string(dicom::to_string(element.vr)).c_str()));
    DcmElement* created = nullptr;
    check(DcmItem::newDicomElementWithVR(created, dcm_tag), element, "create");
    std::unique_ptr<DcmElement> dcm_element(created);
    // An element without values stays in the item with length zero (type 2 attributes, PS3.5 7.4).
    if (!element.is_empty()) put_values(*dcm_element, element);
    check(target.insert(dcm_element.get(), OFTrue), element, "insert");
    dcm_element.release();  // the item owns it now
  }
}

}  // namespace

std::unique_ptr<DcmDataset> to_dcmtk(const dicom::DicomDataset& dataset) {
  quiet_dcmtk_data_logger();
  auto result = std::make_unique<DcmDataset>();
  fill(*result, dataset);
  return result;
}

}  // namespace ihe::net
