// The RAD-14 identifier: the return keys of each level (spec digest 3.5) and the level checks.
#include <array>
#include <span>

#include "actors/image_display/rad_014_query.h"
#include "base/harness_error.h"

namespace ihe::actors {
namespace {

using dicom::Tag;

// PS3.4 C.6.1.1.2 (PATIENT), C.6.2.1.2 (STUDY), C.6.1.1.4 (SERIES), C.6.1.1.5 (IMAGE): the required (R)
// and unique (U) keys of each level, then the optional keys MESA tests 401 (Modalities in Study), 402
// (Number of Study Related Series/Instances) and 404 (SOP Class, Rows, Columns, Bits Allocated, Number of
// Frames) use. Retrieve AE Title (0008,0054) comes with every response (spec digest 3.5).
constexpr std::array<Tag, 5> kPatientKeys{{
    {0x0010, 0x0010},  // Patient's Name, R
    {0x0010, 0x0020},  // Patient ID, U
    {0x0010, 0x0030},  // Patient's Birth Date, O
    {0x0010, 0x0040},  // Patient's Sex, O
    {0x0008, 0x0054},  // Retrieve AE Title
}};
constexpr std::array<Tag, 15> kStudyKeys{{
    {0x0008, 0x0020},  // Study Date, R
    {0x0008, 0x0030},  // Study Time, R
    {0x0008, 0x0050},  // Accession Number, R
    {0x0010, 0x0010},  // Patient's Name, R
    {0x0010, 0x0020},  // Patient ID, R
    {0x0020, 0x0010},  // Study ID, R
    {0x0020, 0x000D},  // Study Instance UID, U
    {0x0008, 0x0061},  // Modalities in Study, O (MESA 401)
    {0x0008, 0x0090},  // Referring Physician's Name, O
    {0x0008, 0x1030},  // Study Description, O
    {0x0010, 0x0030},  // Patient's Birth Date, O
    {0x0010, 0x0040},  // Patient's Sex, O
    {0x0020, 0x1206},  // Number of Study Related Series, O (MESA 402)
    {0x0020, 0x1208},  // Number of Study Related Instances, O (MESA 402)
    {0x0008, 0x0054},  // Retrieve AE Title
}};
constexpr std::array<Tag, 7> kSeriesKeys{{
    {0x0008, 0x0060},  // Modality, R
    {0x0020, 0x0011},  // Series Number, R
    {0x0020, 0x000E},  // Series Instance UID, U
    {0x0020, 0x1209},  // Number of Series Related Instances, O
    {0x0008, 0x103E},  // Series Description, O
    {0x0020, 0x000D},  // Study Instance UID: the level above
    {0x0008, 0x0054},  // Retrieve AE Title
}};
constexpr std::array<Tag, 10> kImageKeys{{
    {0x0020, 0x0013},  // Instance Number, R
    {0x0008, 0x0018},  // SOP Instance UID, U
    {0x0008, 0x0016},  // SOP Class UID, O (MESA 404, and so are the next four)
    {0x0028, 0x0010},  // Rows
    {0x0028, 0x0011},  // Columns
    {0x0028, 0x0100},  // Bits Allocated
    {0x0028, 0x0008},  // Number of Frames
    {0x0020, 0x000D},  // Study Instance UID: the level above
    {0x0020, 0x000E},  // Series Instance UID: the level above
    {0x0008, 0x0054},  // Retrieve AE Title
}};

constexpr Tag kQueryRetrieveLevel{0x0008, 0x0052};
constexpr Tag kStudyInstanceUid{0x0020, 0x000D};
constexpr Tag kSeriesInstanceUid{0x0020, 0x000E};

std::span<const Tag> return_keys(QueryLevel level) {
  switch (level) {
    case QueryLevel::Patient:
      return kPatientKeys;
    case QueryLevel::Study:
      return kStudyKeys;
    case QueryLevel::Series:
      return kSeriesKeys;
    case QueryLevel::Image:
      return kImageKeys;
  }
  return {};
}

void require_single_uid(const ImageQuery& query, Tag tag, std::string_view name) {
  const auto value = query.keys.string(tag);
  if (!value || value->empty() || value->find('\\') != std::string::npos)
    throw HarnessError("RAD-14 " + std::string(to_string(query.level)) + " query needs a single " +
                       std::string(name) + " " + tag.to_string() +
                       " (PS3.4 C.4.1.2.2.1, hierarchical search)");
}

}  // namespace

std::string_view to_string(QueryLevel level) {
  switch (level) {
    case QueryLevel::Patient:
      return "PATIENT";
    case QueryLevel::Study:
      return "STUDY";
    case QueryLevel::Series:
      return "SERIES";
    case QueryLevel::Image:
      return "IMAGE";
  }
  return "?";
}

dicom::DicomDataset rad14_identifier(const ImageQuery& query) {
  if (query.level == QueryLevel::Series || query.level == QueryLevel::Image)
    require_single_uid(query, kStudyInstanceUid, "Study Instance UID");
  if (query.level == QueryLevel::Image) require_single_uid(query, kSeriesInstanceUid, "Series Instance UID");
  dicom::DicomDataset identifier;
  for (const Tag tag : return_keys(query.level)) identifier.set(tag, "");
  for (const auto& [tag, element] : query.keys.elements()) identifier.insert(element);
  identifier.set(kQueryRetrieveLevel, to_string(query.level));
  return identifier;
}

}  // namespace ihe::actors
