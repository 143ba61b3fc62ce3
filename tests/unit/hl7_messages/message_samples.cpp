#include "tests/unit/hl7_messages/message_samples.h"

#include <stdexcept>

#include "profiles/model/rule_set.h"
#include "validation/hl7_validator.h"

namespace ihe::actors::test {

std::string profile_of(const std::string& version) {
  return version == "2.3.1" ? "SWF" : "SWF.b";
}

Patient patient() {
  return {"PAT001", "HOSP", "SMITH^ALICE^Q", "19800214", "F"};
}

Visit visit() {
  Visit v;
  v.patient_class = "O";
  v.location = "RAD^ROOM1^BED2";
  v.attending_doctor = "ATTEND^ANNA";
  v.referring_doctor = "REFER^ROBERT";
  v.visit_number = "VIS42";
  v.account_number = "ACC777";
  return v;
}

RequestedProcedure procedure() {
  RequestedProcedure rp;
  rp.patient_id = "PAT001";
  rp.requested_procedure_id = "RP4004";
  rp.accession_number = "ACC3003";
  rp.study_instance_uid = "1.2.826.0.1.3680043.2.1125.1.1";
  rp.description = "CT head without contrast";
  rp.codes = {{"CT-HEAD", "LOCAL", "CT head"}};
  rp.requesting_physician = "ORDER^OSCAR";
  rp.placer_order_number = "PLC1001^OP_APP";
  rp.filler_order_number = "FIL2002^OF_APP";
  rp.priority = "R";
  for (const char* id : {"SPS5005", "SPS5006"}) {
    ScheduledProcedureStep step;
    step.sps_id = id;
    step.station_ae = "CTSCANNER1";
    step.station_name = "CT_ROOM_1";
    step.location = "RAD1";
    step.start_date = "20240106";
    step.start_time = "090000";
    step.modality = "CT";
    step.protocol_codes = {{std::string("PROTO-") + id, "LOCAL", "Head routine"}};
    step.description = "Head routine";
    rp.steps.push_back(step);
  }
  return rp;
}

hl7::Message as_sent(hl7::Message message) {
  for (const char* field : {"MSH-3", "MSH-4", "MSH-5", "MSH-6"}) message.set(field, "APP");
  message.set("MSH-7", "20240105083000");
  message.set("MSH-10", "MSG1");
  return message;
}

std::vector<std::string> errors(const hl7::Message& message, const std::string& version,
                                const std::string& transaction) {
  static const profiles::RuleSet rules = profiles::RuleSet::load(profiles::RuleSet::default_data_dir());
  const auto* found = rules.hl7_rules(profile_of(version), transaction);
  if (found == nullptr)
    throw std::runtime_error("no rules for " + transaction + " in " + profile_of(version));
  std::vector<std::string> out;
  for (const auto& finding : validation::validate_hl7(message, *found))
    if (finding.severity == reports::Severity::Error) out.push_back(finding.to_string());
  return out;
}

}  // namespace ihe::actors::test
