#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actors/dicom/dicom_dataset.h"
#include "actors/image_manager/archive_index.h"

// The Query/Retrieve information model of PS3.4 C.6 over the archive: what one PATIENT, STUDY, SERIES or
// IMAGE entity looks like to the matching engine.
namespace ihe::actors::image_manager {

enum class QueryRoot { Patient, Study };  // PS3.4 C.6.1 and C.6.2

// Why the identifier cannot be answered (PS3.4 C.4.1.3.1.1: the level must be one of the model's, and
// every higher level's unique key must be given as a single value), or empty when it can.
std::string identifier_problem(QueryRoot root, const dicom::DicomDataset& identifier);

// One data set per entity at `level`: the attributes of that level and the levels above, plus the
// computed ones (Modalities in Study, the Number of ... Related ... counts of C.6.1.1/C.6.2.1, Retrieve AE
// Title (0008,0054) and Instance Availability (0008,0056) ONLINE).
std::vector<dicom::DicomDataset> level_entities(std::string_view level,
                                                const std::vector<StoredInstance>& instances,
                                                const std::string& retrieve_ae);

}  // namespace ihe::actors::image_manager
