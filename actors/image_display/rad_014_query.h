#pragma once

#include <string_view>

#include "actors/common/transaction_log.h"
#include "actors/dicom/dicom_dataset.h"
#include "actors/image_display/archive_link.h"
#include "actors/net/dicom/scu/dicom_association.h"

namespace ihe::actors {

// Query/Retrieve levels (PS3.4 C.6): PATIENT is queried with Patient Root, the others with Study Root.
enum class QueryLevel { Patient, Study, Series, Image };
std::string_view to_string(QueryLevel level);  // "STUDY", the (0008,0052) value

// One RAD-14 Query Images request. The identifier sent is every return key of the level (spec digest 3.5:
// the R and U keys plus the optional keys MESA tests 401/402/404 ask for), empty, overridden by `keys`
// (matching values, or further return keys), plus (0008,0052).
struct ImageQuery {
  QueryLevel level = QueryLevel::Study;
  dicom::DicomDataset keys{};
};

// The identifier of `query` as it goes on the wire. A SERIES query without a Study Instance UID, or an IMAGE
// query without Study and Series Instance UIDs, is a harness error (PS3.4 C.4.1.2.2.1: the hierarchical
// search method takes a single value of the unique key of every level above the query level).
dicom::DicomDataset rad14_identifier(const ImageQuery& query);

// RAD-14 (RAD TF-2 4.14): one association, one C-FIND, release. The result carries every match identifier
// and the final status, or the transport error when the archive did not answer in time. Publishes one
// "RAD-14" record.
net::FindResult query_images(const ArchiveLink& link, const ImageQuery& query, TransactionLog& log);

}  // namespace ihe::actors
