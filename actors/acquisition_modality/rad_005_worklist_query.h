#pragma once

#include <string>

#include "actors/acquisition_modality/modality_scu.h"
#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors {

// Patient Based Worklist Query (spec digest 1.3): Patient ID, optionally narrowed by name, accession
// number or Requested Procedure ID. Empty strings are not sent as matching keys.
struct PatientWorklistQuery {
  std::string patient_id;
  std::string patient_name{};
  std::string accession_number{};
  std::string requested_procedure_id{};
};

// Broad Worklist Query: SPS start date ("YYYYMMDD" or a range "YYYYMMDD-YYYYMMDD", PS3.4 C.2.2.2.5),
// modality and optionally our Scheduled Station AE Title.
struct BroadWorklistQuery {
  std::string date;
  std::string modality;
  std::string station_ae{};
};

// The C-FIND identifier: the matching keys above plus every return key of PS3.4 Table K.6-1 that MESA's
// modality query asks for (spec digest 3.1, "M" column), numeric keys zero-length (never "0", pitfall 7).
dicom::DicomDataset worklist_identifier(const PatientWorklistQuery& query);
dicom::DicomDataset worklist_identifier(const BroadWorklistQuery& query);

// RAD-5: one association, Modality Worklist Information Model - FIND (PS3.4 K). The matches are the
// worklist items (one per SPS, K.6-1); result.status the final status. Publishes one "RAD-5" record.
net::FindResult rad5_query_worklist(const ScuContext& context, const Endpoint& order_filler,
                                    const dicom::DicomDataset& identifier);

}  // namespace ihe::actors
