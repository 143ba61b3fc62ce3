// `ihe-harness actor order-filler` with default settings, driven by independent tools: python3-hl7's
// mllp_send registers a patient (RAD-1 A04) and places an order (RAD-2 OMG^O19), DCMTK findscu -W then
// finds the step the filler scheduled, and an A08 (RAD-12) renames the patient in the next answer.
#include <gtest/gtest.h>

#include <signal.h>

#include <fstream>
#include <sstream>

#include "tests/peers/hl7/hl7_text.h"
#include "tests/peers/order_filler/findscu_support.h"
#include "tests/unit/order_filler/worklist_seed.h"

namespace ihe::test {
namespace {

using net::test::segment_fields;
using net::test::split;

const std::string kMsh = "MSH|^~\\&|ADT_SYSTEM|HOSP|ORDER_FILLER|HARNESS|20261128090000||";
const std::string kPid = "PID|1||PAT100^^^HOSP^MR||DOE^J1||19700101|M\rPV1|1|O\r";

const std::string kA04 = kMsh + "ADT^A04^ADT_A01|CTRL-A04|P|2.5.1\rEVN|A04|20261128090000\r" + kPid;
const std::string kOmg = kMsh + "OMG^O19^OMG_O19|CTRL-OMG|P|2.5.1\r" + kPid +
                         "ORC|NW|PO100^PLACER|||||||20261128090000|||^REQUESTING^DOC\r"
                         "TQ1|1||||||20261128100000||R^Routine^HL70485\r"
                         "OBR|1|PO100^PLACER||P1-20001^CT CHEST^99HARNESS|||||||||||^REQUESTING^DOC\r";
const std::string kA08 = kMsh +
                         "ADT^A08^ADT_A01|CTRL-A08|P|2.5.1\rEVN|A08|20261128091000\r"
                         "PID|1||PAT100^^^HOSP^MR||SILVERHEELS^JAY||19700101|M\rPV1|1|O\r";

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// mllp_send --loose with the messages of `file_name` (one per line); what it printed (the answers).
std::string mllp_send(const TempDir& dir, std::uint16_t port, const std::string& file_name,
                      const std::vector<std::string>& messages) {
  {
    std::ofstream file(dir / file_name, std::ios::binary);
    for (const auto& message : messages) file << message << "\n";
  }
  const auto out = dir / (file_name + ".out");
  const int code = run_command({"/usr/bin/python3", "/usr/bin/mllp_send", "--loose", "-f",
                                (dir / file_name).string(), "-p", std::to_string(port), "127.0.0.1"},
                               out, std::chrono::seconds(30));
  EXPECT_EQ(code, 0) << read_text(out);
  return read_text(out);
}

// The segment `name` of the answer whose MSA-2 is `control_id`, split into fields.
std::vector<std::string> answer_segment(const std::string& printed, const std::string& control_id,
                                        const std::string& name) {
  for (const auto& answer : split(printed, '\x1c')) {
    const auto msa = segment_fields(answer.substr(answer.find("MSH|")), "MSA");
    if (msa.size() > 2 && msa[2] == control_id)
      return segment_fields(answer.substr(answer.find("MSH|")), name);
  }
  return {};
}

TEST(OrderFillerHl7Peers, MllpSendOrdersAndFindscuFindsTheScheduledStep) {
  TempDir dir;
  const auto dicom_port = free_port();
  const auto hl7_port = free_port();
  ChildProcess actor({.argv = {harness_binary().string(), "actor", "order-filler", "--dicom-port",
                               std::to_string(dicom_port), "--hl7-port", std::to_string(hl7_port)},
                      .log_file = dir / "actor.log",
                      .working_dir = {},
                      .extra_env = {},
                      .stop_grace = std::chrono::milliseconds(5000)});
  ASSERT_TRUE(wait_for_port(dicom_port, std::chrono::seconds(10))) << actor.log();
  ASSERT_TRUE(wait_for_port(hl7_port, std::chrono::seconds(10))) << actor.log();

  const auto printed = mllp_send(dir, hl7_port, "order.hl7", {kA04, kOmg});
  EXPECT_EQ(answer_segment(printed, "CTRL-A04", "MSA").at(1), "AA") << printed;
  EXPECT_EQ(answer_segment(printed, "CTRL-OMG", "MSA").at(1), "AA") << printed;
  const auto orc = answer_segment(printed, "CTRL-OMG", "ORC");
  ASSERT_GT(orc.size(), 3u) << printed;
  EXPECT_EQ(orc[1], "OK");
  EXPECT_EQ(orc[2], "PO100^PLACER");
  const std::string filler_number = split(orc[3], '^').front();
  EXPECT_FALSE(filler_number.empty());

  const auto keys = with(mwl_return_keys(), {"PatientID=PAT100", "PlacerOrderNumberImagingServiceRequest",
                                             "FillerOrderNumberImagingServiceRequest"});
  const auto answers = findscu_worklist(dir, dicom_port, keys);
  ASSERT_EQ(answers.size(), 1u) << actor.log();
  const std::string accession = value_at(answers[0], "AccessionNumber");
  EXPECT_FALSE(accession.empty());
  EXPECT_EQ(value_at(answers[0], "PatientName"), "DOE^J1");
  EXPECT_EQ(value_at(answers[0], "PlacerOrderNumberImagingServiceRequest"), "PO100");
  EXPECT_EQ(value_at(answers[0], "FillerOrderNumberImagingServiceRequest"), filler_number);
  EXPECT_EQ(value_at(answers[0], "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepStartDate"),
            "20261128");
  EXPECT_EQ(value_at(answers[0], "ScheduledProcedureStepSequence[0]/Modality"), "CT");
  EXPECT_EQ(value_at(answers[0], "ScheduledProcedureStepSequence[0]/ScheduledStationAETitle"), "MODALITY1");
  // The filler's own RAD-2 log line names the accession number it generated for this order.
  EXPECT_NE(actor.log().find("accession " + accession), std::string::npos) << actor.log();

  const auto renamed = mllp_send(dir, hl7_port, "update.hl7", {kA08});
  EXPECT_EQ(answer_segment(renamed, "CTRL-A08", "MSA").at(1), "AA") << renamed;
  const auto after = findscu_worklist(dir, dicom_port, keys);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(value_at(after[0], "PatientName"), "SILVERHEELS^JAY");
  EXPECT_EQ(value_at(after[0], "AccessionNumber"), accession);

  ASSERT_EQ(kill(actor.pid(), SIGTERM), 0);
  EXPECT_EQ(actor.wait_for_exit(std::chrono::seconds(10)), 0) << actor.log();
  EXPECT_NE(actor.log().find("RAD-2"), std::string::npos) << actor.log();
}

}  // namespace
}  // namespace ihe::test
