#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include "actors/dicom/vr_traits.h"
#include "actors/net/dicom/conversion/dataset_conversion.h"
#include "actors/net/dicom/conversion/dcmtk_logging.h"

namespace ihe::net {
namespace {

using dicom::Element;
using dicom::Vr;

Vr vr_of(DcmElement& source) {
  // getValidVRName() resolves DCMTK's internal VRs (ox, xs, up, ...) to the one it writes.
  return dicom::parse_vr(DcmVR(source.getVR()).getValidVRName()).value_or(Vr::UN);
}

std::string text(const OFString& value) {
  return std::string(value.c_str(), value.length());
}

// Wide is the type format_number renders: all integers go through 64 bits.
template <typename T, typename Wide>
void get_numbers(DcmElement& source, Element& element, OFCondition (DcmElement::*get)(T&, unsigned long)) {
  for (unsigned long i = 0; i < source.getVM(); ++i) {
    T value{};
    if ((source.*get)(value, i).good())
      element.values.push_back(dicom::format_number(static_cast<Wide>(value)));
  }
}

void get_number_values(DcmElement& source, Element& element) {
  switch (element.vr) {
    case Vr::US:
      get_numbers<Uint16, std::uint64_t>(source, element, &DcmElement::getUint16);
      break;
    case Vr::SS:
      get_numbers<Sint16, std::int64_t>(source, element, &DcmElement::getSint16);
      break;
    case Vr::UL:
      get_numbers<Uint32, std::uint64_t>(source, element, &DcmElement::getUint32);
      break;
    case Vr::SL:
      get_numbers<Sint32, std::int64_t>(source, element, &DcmElement::getSint32);
      break;
    case Vr::FL:
      get_numbers<Float32, float>(source, element, &DcmElement::getFloat32);
      break;
    case Vr::FD:
      get_numbers<Float64, double>(source, element, &DcmElement::getFloat64);
      break;
    case Vr::SV:
      get_numbers<Sint64, std::int64_t>(source, element, &DcmElement::getSint64);
      break;
    case Vr::UV:
      get_numbers<Uint64, std::uint64_t>(source, element, &DcmElement::getUint64);
      break;
    default:
      break;
  }
}

bool is_encapsulated(DcmElement& source) {
  auto* pixel_data = dynamic_cast<DcmPixelData*>(&source);
  if (!pixel_data) return false;
  E_TransferSyntax syntax = EXS_Unknown;
  const DcmRepresentationParameter* parameter = nullptr;
  pixel_data->getCurrentRepresentationKey(syntax, parameter);
  return DcmXfer(syntax).isEncapsulated();
}

void get_bytes(DcmElement& source, Element& element) {
  Uint32 length = source.getLength();
  if (length == 0 || length == DCM_UndefinedLength || is_encapsulated(source)) return;
  element.bytes.resize(length);
  // Little endian whatever the host: DicomDataset's byte order for bulk values.
  if (source.getPartialValue(element.bytes.data(), 0, length, nullptr, EBO_LittleEndian).bad())
    element.bytes.clear();
}

Element convert(DcmElement& source) {
  Element element;
  element.tag = dicom::Tag{source.getGTag(), source.getETag()};
  element.vr = vr_of(source);
  switch (dicom::kind_of(element.vr)) {
    case dicom::VrKind::Text:
      for (unsigned long i = 0; i < source.getVM(); ++i) {
        OFString value;
        if (source.getOFString(value, i, OFTrue).good()) element.values.push_back(text(value));
      }
      break;
    case dicom::VrKind::Number:
      get_number_values(source, element);
      break;
    case dicom::VrKind::TagValue:
      for (unsigned long i = 0; i < source.getVM(); ++i) {
        DcmTagKey key;
        if (source.getTagVal(key, i).good())
          element.values.push_back(dicom::Tag{key.getGroup(), key.getElement()}.to_string());
      }
      break;
    case dicom::VrKind::Bulk:
      get_bytes(source, element);
      break;
    case dicom::VrKind::Sequence: {
      auto* sequence = dynamic_cast<DcmSequenceOfItems*>(&source);
      for (unsigned long i = 0; sequence && i < sequence->card(); ++i)
        element.items.push_back(from_dcmtk(*sequence->getItem(i)));
      break;
    }
  }
  return element;
}

}  // namespace

dicom::DicomDataset from_dcmtk(DcmItem& item) {
  quiet_dcmtk_data_logger();
  dicom::DicomDataset dataset;
  for (unsigned long i = 0; i < item.card(); ++i) dataset.insert(convert(*item.getElement(i)));
  return dataset;
}

}  // namespace ihe::net
