// dcmjs-dimse (an independent JavaScript DIMSE implementation) sending MPPS N-CREATE and N-SET to our
// Order Filler on two associations (RAD-6/7); findscu -W then shows the SPS status the MPPS implies.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "tests/component/order_filler/order_filler_fixture.h"
#include "tests/peers/order_filler/findscu_support.h"

namespace ihe::test {
namespace {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The script's one-line JSON, one numeric field.
std::string json_number(const std::string& json, const std::string& key) {
  std::smatch m;
  return std::regex_search(json, m, std::regex("\"" + key + "\":(-?[0-9]+)")) ? m[1].str() : "<absent>";
}

std::string run_mpps_scu(const TempDir& dir, std::uint16_t port, const std::string& sps_id,
                         const std::string& accession, const std::string& study_uid,
                         const std::string& status) {
  const auto node_modules = source_dir() / "tests/peers/node/node_modules";
  EXPECT_TRUE(std::filesystem::exists(node_modules / "dcmjs-dimse"))
      << "run scripts/setup to install the npm peers";
  const auto out = dir / ("mpps-" + sps_id + ".out");
  const int code = run_command({"node", (source_dir() / "tests/peers/order_filler/mpps_scu.js").string(),
                                "127.0.0.1", std::to_string(port), "MODALITY1", "ORDER_FILLER",
                                study_uid + ".77", sps_id, accession, study_uid, status},
                               out, std::chrono::seconds(30), {{"NODE_PATH", node_modules.string()}});
  EXPECT_EQ(code, 0) << read_text(out);
  return read_text(out);
}

std::string sps_status(const TempDir& dir, std::uint16_t port, const std::string& accession) {
  const auto answers = findscu_worklist(
      dir, port,
      {"AccessionNumber=" + accession, "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStatus"});
  return answers.size() == 1
             ? value_at(answers[0], "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepStatus")
             : "<" + std::to_string(answers.size()) + " answers>";
}

TEST(OrderFillerWithDcmjsDimse, CompletedMppsCompletesItsSps) {
  RunningOrderFiller of;
  TempDir dir;
  const auto json =
      run_mpps_scu(dir, of.port(), "SPS001", "ACC001", "1.2.826.0.1.3680043.9.7156.1.1", "COMPLETED");
  EXPECT_EQ(json_number(json, "ncreate"), "0") << json;
  EXPECT_EQ(json_number(json, "nset"), "0") << json;
  EXPECT_EQ(sps_status(dir, of.port(), "ACC001"), "COMPLETED");
  EXPECT_EQ(sps_status(dir, of.port(), "ACC002"), "SCHEDULED");
}

TEST(OrderFillerWithDcmjsDimse, DiscontinuedMppsDiscontinuesItsSps) {
  RunningOrderFiller of;
  TempDir dir;
  const auto json =
      run_mpps_scu(dir, of.port(), "SPS002", "ACC002", "1.2.826.0.1.3680043.9.7156.1.2", "DISCONTINUED");
  EXPECT_EQ(json_number(json, "ncreate"), "0") << json;
  EXPECT_EQ(json_number(json, "nset"), "0") << json;
  EXPECT_EQ(sps_status(dir, of.port(), "ACC002"), "DISCONTINUED");
}

TEST(OrderFillerWithDcmjsDimse, UnscheduledMppsIsAcceptedAndChangesNoSps) {
  RunningOrderFiller of;
  TempDir dir;
  const auto json = run_mpps_scu(dir, of.port(), "", "", "1.2.826.0.1.3680043.9.7156.9", "COMPLETED");
  EXPECT_EQ(json_number(json, "ncreate"), "0") << json;
  EXPECT_EQ(json_number(json, "nset"), "0") << json;
  const auto records = of.actor().store().performed_steps();
  ASSERT_EQ(records.size(), 1u);
  EXPECT_TRUE(records[0].linked.empty());
  EXPECT_EQ(records[0].pps_status, "COMPLETED");
  EXPECT_EQ(sps_status(dir, of.port(), "ACC001"), "SCHEDULED");
}

}  // namespace
}  // namespace ihe::test
