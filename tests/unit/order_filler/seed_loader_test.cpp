// The seed file loader: the example seed loads whole, and every typo is one "FILE:LINE: ..." error.
#include "actors/order_filler/seed_loader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "base/harness_error.h"
#include "tests/support/harness_error_text.h"
#include "tests/support/net_util.h"

namespace ihe::actors {
namespace {

const std::string kToday = "20261128";

std::string load_error(const test::TempDir& dir, const std::string& body) {
  const auto file = dir / "seed.xml";
  std::ofstream(file) << "<?xml version=\"1.0\"?>\n<order-filler-seed>\n"
                      << body << "\n</order-filler-seed>\n";
  ProcedureStore store;
  return test::harness_error_of([&] { load_seed(file, store, kToday); });
}

const std::string kGoodProcedure =
    R"(<requested-procedure id="RP1" accession="A1" study-uid="1.2.3">
         <scheduled-step id="S1" station-ae="MOD1" start-date="20261128" modality="CT"/>
       </requested-procedure>)";

TEST(SeedLoader, LoadsTheExampleSeedWithEveryWorklistAttribute) {
  ProcedureStore store;
  load_seed(test::source_dir() / "examples/actors/order-filler-seed.xml", store, kToday);
  const auto worklist = store.worklist();
  ASSERT_EQ(worklist.size(), 3u);
  const auto& first = worklist.front();
  EXPECT_EQ(first.patient, (Patient{"PAT001", "HARNESS", "DOE^JOHN", "19700101", "M"}));
  EXPECT_EQ(first.procedure.accession_number, "ACC001");
  EXPECT_EQ(first.procedure.requested_procedure_id, "RP001");
  EXPECT_EQ(first.procedure.study_instance_uid, "1.2.826.0.1.3680043.9.7156.1.1");
  EXPECT_EQ(first.procedure.description, "CT HEAD W/O CONTRAST");
  EXPECT_EQ(first.procedure.codes, (std::vector<CodedEntry>{{"P1-10001", "99HARNESS", "CT HEAD"}}));
  EXPECT_EQ(first.procedure.referring_physician, "REFERRING^DOC");
  EXPECT_EQ(first.procedure.requesting_physician, "REQUESTING^DOC");
  EXPECT_EQ(first.step.sps_id, "SPS001");
  EXPECT_EQ(first.step.station_ae, "MODALITY1");
  EXPECT_EQ(first.step.start_date, kToday);  // "today"
  EXPECT_EQ(first.step.start_time, "090000");
  EXPECT_EQ(first.step.modality, "CT");
  EXPECT_EQ(first.step.performing_physician, "TECH^TOM");
  EXPECT_EQ(first.step.description, "CT HEAD PROTOCOL");
  EXPECT_EQ(first.step.protocol_codes, (std::vector<CodedEntry>{{"X1", "99HARNESS", "CT HEAD PROTOCOL"}}));
  EXPECT_EQ(first.step.station_name, "CT1");
  EXPECT_EQ(first.step.location, "ROOM1");
  EXPECT_EQ(first.step.status, SpsStatus::Scheduled);
  EXPECT_EQ(worklist[2].patient.id, "PAT003");
}

TEST(SeedLoader, RejectsAMisspelledAttributeWithFileAndLine) {
  test::TempDir dir;
  const auto error = load_error(dir, R"(<patient id="P1" name="A^B" brith-date="19700101"/>)");
  EXPECT_NE(error.find("seed.xml:3:"), std::string::npos) << error;
  EXPECT_NE(error.find("brith-date"), std::string::npos) << error;
}

TEST(SeedLoader, RejectsAnUnknownElementWithFileAndLine) {
  test::TempDir dir;
  const auto error = load_error(dir, "<patient id=\"P1\" name=\"A^B\">\n<requested-procdure/>\n</patient>");
  EXPECT_NE(error.find("seed.xml:4:"), std::string::npos) << error;
  EXPECT_NE(error.find("requested-procdure"), std::string::npos) << error;
}

TEST(SeedLoader, RejectsBadValuesNamingTheAttribute) {
  test::TempDir dir;
  auto bad_step = [&](const std::string& step) {
    return load_error(dir,
                      "<patient id=\"P1\" name=\"A^B\">\n<requested-procedure id=\"RP1\" accession=\"A1\" "
                      "study-uid=\"1.2.3\">\n" +
                          step + "\n</requested-procedure></patient>");
  };
  EXPECT_NE(bad_step(R"(<scheduled-step id="S1" station-ae="MOD1" start-date="2026-11-28" modality="CT"/>)")
                .find("seed.xml:5: attribute 'start-date'"),
            std::string::npos);
  EXPECT_NE(
      bad_step(
          R"(<scheduled-step id="S1" station-ae="MOD1" start-date="20261128" modality="CT" status="DONE"/>)")
          .find("attribute 'status'"),
      std::string::npos);
  EXPECT_NE(bad_step(R"(<scheduled-step id="S1" station-ae="A\B" start-date="20261128" modality="CT"/>)")
                .find("attribute 'station-ae'"),
            std::string::npos);
  EXPECT_NE(
      bad_step(R"(<scheduled-step station-ae="MOD1" start-date="20261128" modality="CT"/>)").find("'id'"),
      std::string::npos);
  EXPECT_NE(load_error(dir,
                       "<patient id=\"P1\" name=\"A^B\">\n<requested-procedure id=\"RP1\" accession=\"A1\" "
                       "study-uid=\"1.02.3\"/></patient>")
                .find("seed.xml:4: attribute 'study-uid' is no UID"),
            std::string::npos);
}

TEST(SeedLoader, RejectsDuplicateSpsIdsAndProceduresWithoutSteps) {
  test::TempDir dir;
  const std::string twice = R"(<requested-procedure id="RP1" accession="A1" study-uid="1.2.3">
      <scheduled-step id="S1" station-ae="MOD1" start-date="20261128" modality="CT"/>
      <scheduled-step id="S1" station-ae="MOD1" start-date="20261128" modality="CT"/>
    </requested-procedure>)";
  const auto error = load_error(dir, "<patient id=\"P1\" name=\"A^B\">\n" + twice + "</patient>");
  EXPECT_NE(error.find("seed.xml:4:"), std::string::npos) << error;
  EXPECT_NE(error.find("SPS ID 'S1' twice"), std::string::npos) << error;
  EXPECT_NE(
      load_error(
          dir,
          R"(<patient id="P1" name="A^B"><requested-procedure id="RP1" accession="A1" study-uid="1.2.3"/></patient>)")
          .find("needs at least one <scheduled-step>"),
      std::string::npos);
}

TEST(SeedLoader, AcceptsAMinimalProcedure) {
  test::TempDir dir;
  EXPECT_EQ(load_error(dir, "<patient id=\"P1\" name=\"A^B\">" + kGoodProcedure + "</patient>"), "no error");
}

}  // namespace
}  // namespace ihe::actors
