#pragma once

#include <string>

#include "actors/dicom/dicom_dataset.h"
#include "actors/hl7/message.h"
#include "profiles/model/rule_set.h"

// Conformant synthetic messages of one scheduled procedure (PAT001, ACC3003, RP4004, SPS5005, study
// 1.2.826.0.1.3680043.2.1125.1.1), so the tests can break one thing at a time.
namespace ihe::validation::test {

// The shipped profiles/data, loaded once.
const profiles::RuleSet& rules();
const profiles::Hl7TransactionRules& hl7_rules(const std::string& transaction);
const profiles::DatasetRules& dataset_rules(const std::string& transaction, const std::string& dataset);

// tests/unit/validation/data/<name>, parsed (the files the CLI and python-hl7 tests read too).
std::string data_text(const std::string& name);
hl7::Message data_message(const std::string& name);

dicom::DicomDataset mwl_item();
dicom::DicomDataset mpps_create();
dicom::DicomDataset mpps_set_completed();
dicom::DicomDataset sc_image();  // Secondary Capture image of that procedure, 16x16 MONOCHROME2
dicom::DicomDataset stgcmt_request();
dicom::DicomDataset stgcmt_report();

}  // namespace ihe::validation::test
