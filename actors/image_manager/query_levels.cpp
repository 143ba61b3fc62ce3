#include "actors/image_manager/query_levels.h"

#include <algorithm>
#include <map>
#include <set>

namespace ihe::actors::image_manager {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kLevel{0x0008, 0x0052};
constexpr Tag kPatientId{0x0010, 0x0020};
constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kSeriesUid{0x0020, 0x000E};
constexpr Tag kModality{0x0008, 0x0060};

// Attributes kept per level (PS3.4 C.6.1.1.2-C.6.1.1.4, C.6.2.1.2); IMAGE keeps everything.
const std::set<Tag> kPatientTags{{0x0008, 0x0005}, {0x0010, 0x0010}, {0x0010, 0x0020}, {0x0010, 0x0021},
                                 {0x0010, 0x0030}, {0x0010, 0x0040}, {0x0010, 0x1000}};
const std::set<Tag> kStudyTags{{0x0008, 0x0020}, {0x0008, 0x0030}, {0x0008, 0x0050}, {0x0008, 0x0090},
                               {0x0008, 0x1030}, {0x0020, 0x000D}, {0x0020, 0x0010}, {0x0010, 0x1010},
                               {0x0010, 0x1020}, {0x0010, 0x1030}};
const std::set<Tag> kSeriesTags{{0x0008, 0x0021}, {0x0008, 0x0031}, {0x0008, 0x0060}, {0x0008, 0x103E},
                                {0x0018, 0x0015}, {0x0020, 0x000E}, {0x0020, 0x0011}, {0x0040, 0x0244},
                                {0x0040, 0x0245}, {0x0040, 0x0253}};

enum class Level { Patient, Study, Series, Image };

DicomDataset project(const DicomDataset& attributes, Level level) {
  DicomDataset kept;
  for (const auto& [tag, element] : attributes.elements()) {
    bool keep = kPatientTags.contains(tag) || (level >= Level::Study && kStudyTags.contains(tag)) ||
                (level >= Level::Series && kSeriesTags.contains(tag));
    if (keep) kept.insert(element);
  }
  return kept;
}

std::string uid(const StoredInstance& instance, Tag tag) {
  return instance.attributes.string(tag).value_or("");
}

struct Group {
  const StoredInstance* first = nullptr;
  std::set<std::string> studies, series;
  std::vector<std::string> modalities;  // in arrival order, no repeats
  std::size_t instances = 0;
};

void count(Group& group, const StoredInstance& instance) {
  if (group.first == nullptr) group.first = &instance;
  group.studies.insert(uid(instance, kStudyUid));
  group.series.insert(uid(instance, kSeriesUid));
  const std::string modality = uid(instance, kModality);
  if (!modality.empty() &&
      std::find(group.modalities.begin(), group.modalities.end(), modality) == group.modalities.end())
    group.modalities.push_back(modality);
  ++group.instances;
}

std::string number(std::size_t n) {
  return std::to_string(n);
}

DicomDataset entity(const Group& group, Level level) {
  DicomDataset out = project(group.first->attributes, level);
  if (level == Level::Patient) {
    out.set({0x0020, 0x1200}, Vr::IS, number(group.studies.size()));  // Number of Patient Related Studies
    out.set({0x0020, 0x1202}, Vr::IS, number(group.series.size()));
    out.set({0x0020, 0x1204}, Vr::IS, number(group.instances));
  } else if (level == Level::Study) {
    out.set_values({0x0008, 0x0061}, Vr::CS, group.modalities);  // Modalities in Study
    out.set({0x0020, 0x1206}, Vr::IS, number(group.series.size()));
    out.set({0x0020, 0x1208}, Vr::IS, number(group.instances));
  } else {
    out.set({0x0020, 0x1209}, Vr::IS, number(group.instances));  // Number of Series Related Instances
  }
  return out;
}

}  // namespace

std::string identifier_problem(QueryRoot root, const DicomDataset& identifier) {
  const auto level = identifier.string(kLevel);
  if (!level) return "no Query/Retrieve Level (0008,0052)";
  const std::vector<std::string> levels =
      root == QueryRoot::Patient ? std::vector<std::string>{"PATIENT", "STUDY", "SERIES", "IMAGE"}
                                 : std::vector<std::string>{"STUDY", "SERIES", "IMAGE"};
  const std::vector<std::pair<Tag, const char*>> keys_above{
      {kPatientId, "Patient ID"}, {kStudyUid, "Study Instance UID"}, {kSeriesUid, "Series Instance UID"}};
  auto position = std::find(levels.begin(), levels.end(), *level);
  if (position == levels.end())
    return "Query/Retrieve Level '" + *level + "' is not one of this information model";
  const std::size_t skip = root == QueryRoot::Patient ? 0 : 1;  // Study Root has no patient level above
  for (std::size_t i = 0; i < static_cast<std::size_t>(position - levels.begin()); ++i) {
    const auto& [tag, name] = keys_above[i + skip];
    const auto value = identifier.string(tag);
    if (!value || value->empty() || value->find('\\') != std::string::npos ||
        value->find_first_of("*?") != std::string::npos)
      return std::string(name) + " must be a single value at level " + *level;
  }
  return {};
}

std::vector<DicomDataset> level_entities(std::string_view level_name,
                                         const std::vector<StoredInstance>& instances,
                                         const std::string& retrieve_ae) {
  const Level level = level_name == "PATIENT"  ? Level::Patient
                      : level_name == "STUDY"  ? Level::Study
                      : level_name == "SERIES" ? Level::Series
                                               : Level::Image;
  std::vector<DicomDataset> out;
  if (level == Level::Image) {
    for (const auto& instance : instances) out.push_back(instance.attributes);
  } else {
    const Tag key = level == Level::Patient ? kPatientId : level == Level::Study ? kStudyUid : kSeriesUid;
    std::map<std::string, Group> groups;
    for (const auto& instance : instances) count(groups[uid(instance, key)], instance);
    for (const auto& [unused, group] : groups) out.push_back(entity(group, level));
  }
  for (auto& entity : out) {
    entity.set({0x0008, 0x0054}, Vr::AE, retrieve_ae);
    entity.set({0x0008, 0x0056}, Vr::CS, "ONLINE");
  }
  return out;
}

}  // namespace ihe::actors::image_manager
