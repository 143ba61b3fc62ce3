#include "tests/reports/sample_report.h"

namespace ihe::reports::test {
namespace {

Evidence evidence(std::string id, EvidenceKind kind, std::int64_t at, std::string from, std::string to,
                  std::string transaction, std::string summary, std::string content) {
  return {
      std::move(id),     kind, at, std::move(from), std::move(to), std::move(transaction), std::move(summary),
      std::move(content)};
}

std::vector<Evidence> sample_evidence() {
  const auto dimse = EvidenceKind::DicomDimse;
  return {
      evidence("E0001", EvidenceKind::Association, 0, "harness:MOD", "SUT", "",
               "A-ASSOCIATE-AC MOD1 -> ARCHIVE",
               "calling AE MOD1, called AE ARCHIVE, 3 presentation contexts accepted"),
      evidence("E0002", dimse, 12, "harness:MOD", "SUT", "RAD-6", "N-CREATE-RQ MPPS IN PROGRESS",
               "(0040,0252) CS [IN PROGRESS]\n(0010,0010) PN [DOE^JANE]"),
      evidence("E0003", dimse, 20, "SUT", "harness:MOD", "RAD-6", "N-CREATE-RSP 0x0000", "(0000,0900) US 0"),
      evidence("E0004", dimse, 40, "harness:MOD", "SUT", "RAD-8", "C-STORE-RQ CT image 1.2.3.4.1",
               "(0008,0016) UI [1.2.840.10008.5.1.4.1.1.2]"),
      evidence("E0005", dimse, 55, "SUT", "harness:MOD", "RAD-8", "C-STORE-RSP 0x0000", "(0000,0900) US 0"),
      evidence("E0006", EvidenceKind::Hl7Message, 1000, "harness:ADT", "SUT", "RAD-12",
               "ADT^A08 PAT001 name change",
               "MSH|^~\\&|ADT|HOSP|ARCHIVE|RADIOLOGY|20261128085000||ADT^A08^ADT_A01|MSG0001|P|2.5.1\r"
               "EVN|A08|20261128085000\rPID|||PAT001^^^HOSP^MR||DOE^JANE||19800101|F"),
      evidence("E0007", EvidenceKind::Hl7Message, 1030, "SUT", "harness:ADT", "RAD-12", "ACK AA MSG0001",
               "MSH|^~\\&|ARCHIVE|RADIOLOGY|ADT|HOSP|20261128085001||ACK^A08^ACK|A1|P|2.5.1\rMSA|AA|MSG0001"),
      evidence("E0008", dimse, 2000, "harness:ID", "SUT", "RAD-14", "C-FIND-RQ STUDY PatientID=PAT001",
               "(0008,0052) CS [STUDY]\n(0010,0020) LO [PAT001]"),
      evidence("E0009", dimse, 2040, "SUT", "harness:ID", "RAD-14", "C-FIND-RSP 0xFF00 1 match",
               "(0010,0010) PN [DOE^JOHN]\n(0010,0020) LO [PAT001]"),
      evidence("E0010", EvidenceKind::Timeout, 12040, "harness:ID", "SUT", "RAD-14",
               "no final C-FIND-RSP in 10 s", "waited 10000 ms for the final C-FIND response"),
  };
}

ScenarioResult passing_scenario() {
  ScenarioResult s;
  s.id = "SWF-IM-010";
  s.title = "MPPS and images of a scheduled procedure are accepted";
  s.sut_role = "image-manager";
  s.follows = {"MESA 101"};
  s.transactions = {"RAD-6", "RAD-8"};
  s.covers = {{"SWF.b", "IM", ""}};
  s.verdict = Verdict::Pass;
  s.duration_ms = 60;
  s.steps = {
      {"send-mpps",
       "send",
       "Modality creates the MPPS",
       Verdict::Pass,
       {},
       {"E0001", "E0002", "E0003"},
       "",
       20},
      {"store-images", "send", "Modality stores one CT image", Verdict::Pass, {}, {"E0004", "E0005"}, "", 35},
  };
  return s;
}

ScenarioResult failing_scenario() {
  ScenarioResult s;
  s.id = "PIR-IM-020";
  s.title = "A patient name update reaches the archive's query results";
  s.sut_role = "image-manager";
  s.transactions = {"RAD-12", "RAD-14"};
  s.covers = {{"PIR", "IM", ""}};
  s.verdict = Verdict::Fail;
  s.duration_ms = 11040;
  const Finding name{
      Severity::Error,
      {"RAD TF-2", "4.12.4.1.3", Strength::Shall},
      "(0010,0010)",
      "DOE^JANE",
      "DOE^JOHN",
      "the Image Manager shall apply the patient name change of ADT^A08 to its stored instances",
      {"E0006", "E0009"}};
  const Finding slow{Severity::Warning,  {"PS3.4", "C.4.1.1.4", Strength::Should},
                     "C-FIND",           "final response",
                     "none within 10 s", "the query should end with a final C-FIND response",
                     {"E0010"}};
  s.steps = {
      {"send-a08", "send", "ADT sends the name change", Verdict::Pass, {}, {"E0006", "E0007"}, "", 30},
      {"query-study",
       "query",
       "Image Display queries the study",
       Verdict::Fail,
       {name, slow},
       {"E0008", "E0009", "E0010"},
       "",
       10040},
  };
  return s;
}

}  // namespace

RunReport sample_run_report() {
  RunReport report;
  report.tool_version = "0.3.0";
  report.started_at = "2026-11-28T08:50:00Z";
  report.duration_ms = 11100;
  report.statement = {
      "Example Imaging Ltd", "ExampleArchive", "4.2", "2026-10-01", {{"SWF.b", "IM", ""}, {"PIR", "IM", ""}}};
  report.target.name = "ExampleArchive 4.2 (lab)";
  report.target.sut_role = "image-manager";
  report.target.dicom = {"ARCHIVE", "127.0.0.1", 11112};
  report.target.hl7 = {"127.0.0.1", 2575, "ARCHIVE", "RADIOLOGY", "2.5.1"};
  report.target.harness_dicom = {"HARNESS", "127.0.0.1", 11113};
  report.claims = {{{"SWF.b", "IM", ""}, Verdict::Pass, {"SWF-IM-010"}, ""},
                   {{"PIR", "IM", ""}, Verdict::Fail, {"PIR-IM-020"}, ""}};
  report.scenarios = {passing_scenario(), failing_scenario()};
  report.evidence = sample_evidence();
  return report;
}

RunReport hostile_run_report() {
  auto report = sample_run_report();
  report.statement.vendor = "Smith & Sons \"<b>Imaging</b>\"";
  report.target.name = "lab' onmouseover='alert(1)";
  report.scenarios[1].title = "Update </style><script>alert('title')</script> M\xC3\xBCller";
  auto& hl7 = report.evidence[5];
  hl7.summary = "ADT^A08 \"><img src=x onerror=alert(1)>";
  hl7.content += "\rNTE|1||<script>alert(\"x\")</script> & \"quoted\" 'single'\x0b\x1c\r\xff\xfe end";
  report.scenarios[1].steps[1].findings[0].actual = "DOE^<script>JOHN</script>\x01";
  report.claims[1].note = "covered by </td></tr></table><script>alert(2)</script>";
  return report;
}

}  // namespace ihe::reports::test
