// Our builders are not judged by our own parser alone: every message type they make is written to a file
// and read by python-hl7 (Debian python3-hl7, /usr/bin/python3), and the fields the digest lists as
// required (2.2 MSH, 2.3 ADT, 2.4 orders, 2.5 RAD-4/13) must hold, as python-hl7 reads them, the values of
// the records the message was built from.
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/order_messages.h"
#include "actors/common/hl7_messages/procedure_messages.h"
#include "actors/hl7/serialize.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::actors {
namespace {

using Expected = std::map<std::string, std::string>;  // path -> value

std::string from_hex(const std::string& hex) {
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return bytes;
}

// Writes the message to a file, has python-hl7 read every expected path (tests/unit/hl7/python_hl7_fields.py)
// and compares.
void expect_python_hl7_reads(const hl7::Message& built, const Expected& expected) {
  hl7::Message message = built;  // the MSH fields Hl7Sender fills
  message.set("MSH-3", "OP_APP");
  message.set("MSH-4", "WARD");
  message.set("MSH-5", "OF_APP");
  message.set("MSH-6", "RADIOLOGY");
  message.set("MSH-7", "20240105100000");
  message.set("MSH-10", "MSG00042");
  Expected all = expected;
  for (const auto& [path, value] : Expected{{"MSH-3", "OP_APP"},
                                            {"MSH-4", "WARD"},
                                            {"MSH-5", "OF_APP"},
                                            {"MSH-6", "RADIOLOGY"},
                                            {"MSH-7", "20240105100000"},
                                            {"MSH-10", "MSG00042"},
                                            {"MSH-11", "P"}})
    all[path] = value;
  ihe::test::TempDir dir;
  std::ofstream(dir / "message.hl7", std::ios::binary) << hl7::serialize(message);
  {
    std::ofstream list(dir / "paths.txt");
    for (const auto& entry : all) list << entry.first << '\n';
  }
  const auto script = ihe::test::source_dir() / "tests/unit/hl7/python_hl7_fields.py";
  ASSERT_EQ(ihe::test::run_command({"/usr/bin/python3", script.string(), (dir / "message.hl7").string(),
                                    (dir / "paths.txt").string(), (dir / "values.tsv").string()},
                                   dir / "python.log"),
            0);
  std::map<std::string, std::string> theirs;
  std::ifstream out(dir / "values.tsv");
  for (std::string line; std::getline(out, line);)
    if (const auto tab = line.find('\t'); tab != std::string::npos)
      theirs[line.substr(0, tab)] = from_hex(line.substr(tab + 1));
  for (const auto& [path, value] : all) {
    ASSERT_TRUE(theirs.contains(path)) << path;
    EXPECT_EQ(theirs.at(path), value) << message.get_er7("MSH-9") << " " << path;
  }
}

Patient patient() {
  return {"PAT001", "HOSP", "SMITH^ALICE", "19800214", "F"};
}

Visit visit() {
  Visit v;
  v.patient_class = "I";
  v.location = "WARD3^R12^B1";
  v.account_number = "ACC777";
  return v;
}

Expected patient_fields() {
  return {{"PID-3.1", "PAT001"},  {"PID-3.4.1", "HOSP"}, {"PID-5.1", "SMITH"},
          {"PID-5.2", "ALICE"},   {"PID-7", "19800214"}, {"PID-8", "F"},
          {"PID-18.1", "ACC777"}, {"PV1-2", "I"},        {"PV1-3.1", "WARD3"}};
}

Expected header(std::string type, std::string trigger, std::string structure, std::string version) {
  Expected e{{"MSH-9.1", type}, {"MSH-9.2", trigger}, {"MSH-12", version}};
  e["MSH-9.3"] = version == "2.5.1" ? structure : "";
  return e;
}

Expected merged(Expected a, const Expected& b) {
  a.insert(b.begin(), b.end());
  return a;
}

TEST(PythonHl7ReadsOurBuilders, EveryAdtEventInBothVersions) {
  for (const char* version : {"2.5.1", "2.3.1"})
    for (const char* trigger :
         {"A01", "A04", "A05", "A08", "A11", "A38", "A02", "A03", "A06", "A07", "A12", "A13", "A40"}) {
      AdtEvent event;
      event.trigger = trigger;
      event.patient = patient();
      event.visit = visit();
      event.recorded_time = "20240105083000";
      Expected expected =
          merged(header("ADT", trigger, std::string(adt_structure(trigger)), version), patient_fields());
      expected["EVN-1"] = trigger;
      expected["EVN-2"] = "20240105083000";
      if (std::string(trigger) == "A40") {
        event.prior = {"PAT099", "HOSP"};
        expected["MRG-1.1"] = "PAT099";
        expected["MRG-1.4.1"] = "HOSP";
      }
      SCOPED_TRACE(std::string(trigger) + " " + version);
      expect_python_hl7_reads(build_adt(event, version), expected);
    }
}

RequestedProcedure procedure() {
  RequestedProcedure rp;
  rp.placer_order_number = "PLC1001^OP_APP";
  rp.filler_order_number = "FIL2002^OF_APP";
  rp.codes = {{"CT-HEAD", "LOCAL", "CT head"}};
  rp.requesting_physician = "ORDER^OSCAR";
  rp.priority = "R";
  rp.accession_number = "ACC3003";
  rp.requested_procedure_id = "RP4004";
  rp.study_instance_uid = "1.2.826.0.1.3680043.2.1125.1.1";
  for (const char* id : {"SPS5005", "SPS5006"}) {
    ScheduledProcedureStep step;
    step.sps_id = id;
    step.modality = "CT";
    step.station_ae = "CTSCANNER1";
    step.start_date = "20240106";
    step.start_time = "090000";
    step.protocol_codes = {{"PROTO1", "LOCAL", "Head routine"}};
    rp.steps.push_back(step);
  }
  return rp;
}

TEST(PythonHl7ReadsOurBuilders, OrdersAndTheirResponses) {
  for (const char* version : {"2.5.1", "2.3.1"}) {
    const bool v25 = std::string(version) == "2.5.1";
    for (const auto& [control, status] : std::vector<std::pair<std::string, std::string>>{
             {"NW", ""}, {"CA", ""}, {"SN", ""}, {"OC", "CA"}, {"SC", "IP"}, {"SC", "CM"}}) {
      OrderMessage order{control, status, patient(), visit(), procedure()};
      Expected expected =
          merged(v25 ? header("OMG", "O19", "OMG_O19", version) : header("ORM", "O01", "", version),
                 patient_fields());
      expected.insert({{"ORC-1", control},
                       {"ORC-5", status},
                       {"ORC-2.1", "PLC1001"},
                       {"ORC-3.1", "FIL2002"},
                       {"OBR-4.1", "CT-HEAD"},
                       {"OBR-4.3", "LOCAL"},
                       {"OBR-16.2", "ORDER"},
                       {"OBR-24", "CT"}});
      expected[v25 ? "TQ1-7" : "ORC-7.4"] = "20240106090000";
      expected[v25 ? "TQ1-9" : "ORC-7.6"] = "R";
      SCOPED_TRACE(control + "/" + status + " " + version);
      expect_python_hl7_reads(build_order(order, version), expected);
    }
    Expected response = v25 ? header("ORG", "O20", "ORG_O20", version) : header("ORR", "O02", "", version);
    response.insert({{"ORC-1", "NA"}, {"ORC-2.1", "PLC1001"}, {"ORC-3.1", "FIL2002"}});
    expect_python_hl7_reads(build_order_response({"NA", "PLC1001^OP_APP", "FIL2002^OF_APP"}, version),
                            response);
  }
}

TEST(PythonHl7ReadsOurBuilders, ProcedureScheduledAndUpdated) {
  for (auto action : {ProcedureAction::Scheduled, ProcedureAction::Cancelled, ProcedureAction::Discontinued,
                      ProcedureAction::Changed, ProcedureAction::Completed}) {
    const ProcedureMessage input{action, patient(), visit(), procedure()};
    const OrderControlPair pair = order_control_pair(action);
    Expected omi = merged(header("OMI", "O23", "OMI_O23", "2.5.1"), patient_fields());
    omi.insert({{"ORC-1", std::string(pair.control)},
                {"ORC-5", std::string(pair.status)},
                {"TQ1-7", "20240106090000"},
                {"OBR-2.1", "PLC1001"},
                {"OBR-4.1", "CT-HEAD"},
                {"OBR-16.2", "ORDER"}});
    for (const char* n : {"1", "2"}) {
      const std::string ipc = std::string("IPC[") + n + "]-";
      omi.insert({{ipc + "1", "ACC3003"},
                  {ipc + "2", "RP4004"},
                  {ipc + "3", "1.2.826.0.1.3680043.2.1125.1.1"},
                  {ipc + "4", std::string("SPS500") + (n[0] == '1' ? "5" : "6")},
                  {ipc + "5", "CT"},
                  {ipc + "6.1", "PROTO1"},
                  {ipc + "9", "CTSCANNER1"}});
    }
    SCOPED_TRACE(std::string(to_string(action)));
    expect_python_hl7_reads(build_procedure(input), omi);

    Expected orm = merged(header("ORM", "O01", "", "2.3.1"), patient_fields());
    for (const char* n : {"1", "2"}) {
      const auto at = [n](const char* segment) { return std::string(segment) + "[" + n + "]-"; };
      orm.insert({{at("ORC") + "1", std::string(pair.control)},
                  {at("ORC") + "5", std::string(pair.status)},
                  {at("OBR") + "4.4", "PROTO1"},
                  {at("OBR") + "18", "ACC3003"},
                  {at("OBR") + "19", "RP4004"},
                  {at("OBR") + "20", std::string("SPS500") + (n[0] == '1' ? "5" : "6")},
                  {at("OBR") + "24", "CT"},
                  {at("ZDS") + "1.1", "1.2.826.0.1.3680043.2.1125.1.1"}});
    }
    expect_python_hl7_reads(build_procedure(input, "2.3.1"), orm);
  }
}

}  // namespace
}  // namespace ihe::actors
