#include "actors/image_manager/patient_attributes.h"

namespace ihe::actors::image_manager {
namespace {

using dicom::Tag;
using dicom::Vr;

constexpr Tag kName{0x0010, 0x0010};
constexpr Tag kId{0x0010, 0x0020};
constexpr Tag kIssuer{0x0010, 0x0021};
constexpr Tag kBirthDate{0x0010, 0x0030};
constexpr Tag kSex{0x0010, 0x0040};

bool same_issuer(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a == b;
}

void take_if_given(std::string& stored, const std::string& given) {
  if (!given.empty()) stored = given;
}

}  // namespace

Patient patient_of(const dicom::DicomDataset& attributes) {
  return {attributes.string(kId).value_or(""), attributes.string(kIssuer).value_or(""),
          attributes.string(kName).value_or(""), attributes.string(kBirthDate).value_or(""),
          attributes.string(kSex).value_or("")};
}

bool same_patient(const dicom::DicomDataset& attributes, const std::string& id, const std::string& issuer) {
  return !id.empty() && attributes.string(kId).value_or("") == id &&
         same_issuer(attributes.string(kIssuer).value_or(""), issuer);
}

bool same_patient(const Patient& a, const Patient& b) {
  return a.id == b.id && same_issuer(a.issuer, b.issuer);
}

Patient updated(Patient stored, const Patient& given) {
  if (!given.id.empty() && given.id != stored.id) {
    stored.id = given.id;
    stored.issuer.clear();
  }
  take_if_given(stored.issuer, given.issuer);
  take_if_given(stored.name, given.name);
  take_if_given(stored.birth_date, given.birth_date);
  take_if_given(stored.sex, given.sex);
  return stored;
}

void write_patient(dicom::DicomDataset& attributes, const Patient& given) {
  const Patient patient = updated(patient_of(attributes), given);
  // Name, ID, Birth Date and Sex are type 2 (PS3.3 C.7.1.1): present even when empty; the issuer is type 3.
  attributes.set(kId, Vr::LO, patient.id);
  attributes.set(kName, Vr::PN, patient.name);
  attributes.set(kBirthDate, Vr::DA, patient.birth_date);
  attributes.set(kSex, Vr::CS, patient.sex);
  if (patient.issuer.empty())
    attributes.erase(kIssuer);
  else
    attributes.set(kIssuer, Vr::LO, patient.issuer);
}

}  // namespace ihe::actors::image_manager
