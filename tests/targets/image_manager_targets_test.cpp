// Real Image Managers nobody here wrote, started on free loopback ports and run through `ihe-harness run`
// with the image-manager statement of examples/statements, as a user would; each verdict is written down
// with its reason (tests/targets/README.md) and compared with report.json.
#include <gtest/gtest.h>

#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/targets/target_run.h"

namespace ihe::test {
namespace {

constexpr int kTimeout = 5;

class RealImageManager : public ::testing::Test {
 protected:
  // The example target file for this SUT, pointed at the ports this test started it and our listener on.
  std::filesystem::path target(const std::string& example, std::uint16_t example_port, std::uint16_t port) {
    return example_target(dir_.path(), example, {{example_port, port}, {11113, harness_port_}}, kTimeout);
  }

  // `ihe-harness run` with the image-manager statement; HSTORE is our storage SCP, the C-MOVE destination.
  TargetRun run(const std::filesystem::path& target_file, std::vector<std::string> extra = {}) {
    extra.insert(extra.end(), {"--harness-storage", "HSTORE@127.0.0.1:" + std::to_string(storage_port_)});
    return run_harness(dir_.path(), source_dir() / "examples/statements/image-manager.xml", target_file,
                       extra, std::chrono::seconds(120));
  }

  // The AEs the SUT must know: our commitment report listener and our C-MOVE destination.
  std::vector<RemoteModality> harness_aes() const {
    return {{"HARNESS", harness_port_}, {"HSTORE", storage_port_}};
  }

  TempDir dir_;
  std::uint16_t harness_port_ = free_port();
  std::uint16_t storage_port_ = free_port();
};

TEST_F(RealImageManager, OrthancPassesStorageCommitmentQueryRetrieveAndFailsMpps) {
  OrthancServer orthanc(dir_ / "orthanc", "ORTHANC", harness_aes());
  // The example's <hl7> port gets a free port where nothing listens: Orthanc has no HL7.
  const auto result = run(example_target(
      dir_.path(), "orthanc-image-manager.xml",
      {{14242, orthanc.dicom_port()}, {11113, harness_port_}, {12580, free_port()}}, kTimeout));
  const std::vector<Expected> table{
      {"SWF-IM-010", "PASS", "Orthanc stores, commits and reports event type 1 on a new association"},
      {"SWF-IM-011", "PASS", "Orthanc reports the never-stored instance failed (0x0112), event type 2"},
      {"SWF-IM-020", "FAIL", "Orthanc has no MPPS SCP: the RAD-6 presentation context is rejected",
       "No acceptable Presentation Contexts"},
      {"SWF-IM-021", "FAIL", "same: no MPPS, so the N-CREATE never happens",
       "No acceptable Presentation Contexts"},
      {"SWF-IM-030", "PASS", "Orthanc answers C-FIND at study, series and image level with the R keys"},
      {"SWF-IM-031", "PASS", "Orthanc matches on Patient ID and returns nothing for an unknown one"},
      {"SWF-IM-040", "PASS", "Orthanc moves the study to HSTORE, listed in its DicomModalities"},
      {"PIR-IM-010", "FAIL", "Orthanc has no HL7 listener: the RAD-4 connection is refused", "refused"},
      {"PIR-IM-020", "FAIL", "no HL7 listener: RAD-4/RAD-12 refused", "refused"},
      {"PIR-IM-030", "FAIL", "no HL7 listener: RAD-4/RAD-12 refused", "refused"},
      {"PIR-IM-040", "FAIL", "no HL7 listener: the late RAD-4 is refused", "refused"},
      {"PIR-IM-050", "FAIL", "no HL7 listener: RAD-4/RAD-13 refused", "refused"},
      {"SWF-IM-012", "PASS", "Orthanc reports on a new association, calling from its own AE title"},
      {"SWF-IM-032", "PASS", "Orthanc applies wildcard, date range and universal matching"},
      {"SWF-IM-033", "PASS", "Orthanc returns the MESA 402/404 optional keys with the right values"},
      {"SWF-IM-050", "FAIL", "no HL7 listener: RAD-4 refused", "refused"},
      {"PIR-IM-060", "FAIL", "no HL7 listener: the A40 is refused", "refused"},
      {"PIR-IM-070", "FAIL", "Orthanc has no MPPS SCP: the unscheduled RAD-6 context is rejected",
       "No acceptable Presentation Contexts"},
      {"SWF-IM-060", "FAIL", "Orthanc has no MPPS SCP (and sends no IAN): the RAD-6 context is rejected",
       "No acceptable Presentation Contexts"},
      {"SWF-IM-070", "FAIL", "Orthanc has no MPPS SCP: the group case's RAD-6 context is rejected",
       "No acceptable Presentation Contexts"},
  };
  expect_verdicts(result, table, kTimeout);
  EXPECT_EQ(result.exit_code, 1) << result.console;
  // Both claims are made; an archive without MPPS and without HL7 earns neither.
  EXPECT_EQ(result.claim_verdicts.at("SWF.b:IM"), "FAIL");
  EXPECT_EQ(result.claim_verdicts.at("PIR:IM"), "FAIL");
  EXPECT_EQ(result.claim_verdicts.at("SWF.b:IM:pps-referenced-instances"), "FAIL");
}

// A misconfigured site: Orthanc does not list our AE, so it aborts the association carrying the N-ACTION
// (targets.md pitfall 5). A real A-ABORT must end in a Fail with evidence, not a hang or an Error.
TEST_F(RealImageManager, OrthancThatDoesNotKnowOurAeAbortsTheCommitmentRequest) {
  OrthancServer orthanc(dir_ / "orthanc", "ORTHANC", {{"HSTORE", storage_port_}});
  const auto result =
      run(target("orthanc-image-manager.xml", 14242, orthanc.dicom_port()), {"--select", "SWF-IM-01*"});
  const std::vector<Expected> table{
      {"SWF-IM-010", "FAIL", "Orthanc stores, then aborts the N-ACTION from an AE not in its DicomModalities",
       "aborted"},
      {"SWF-IM-011", "FAIL", "same abort", "aborted"},
  };
  expect_verdicts(result, table, kTimeout);
  EXPECT_EQ(result.exit_code, 1) << result.console;
}

TEST_F(RealImageManager, DcmqrscpPassesQueryRetrieveAndFailsCommitmentAndMpps) {
  DcmqrscpServer dcmqrscp(dir_ / "dcmqrscp", "DCMQR", harness_aes());
  const auto result = run(target("dcmqrscp-image-manager.xml", 11115, dcmqrscp.port()));
  const std::vector<Expected> table{
      {"SWF-IM-010", "FAIL", "dcmqrscp stores but has no Storage Commitment SCP: N-ACTION context rejected",
       "No acceptable Presentation Contexts"},
      {"SWF-IM-011", "FAIL", "same: no Storage Commitment", "No acceptable Presentation Contexts"},
      {"SWF-IM-020", "FAIL", "dcmqrscp has no MPPS SCP: the RAD-6 presentation context is rejected",
       "No acceptable Presentation Contexts"},
      {"SWF-IM-021", "FAIL", "same: no MPPS", "No acceptable Presentation Contexts"},
      {"SWF-IM-030", "PASS", "dcmqrscp's index holds the study/series/image keys the scenario asks for"},
      {"SWF-IM-031", "PASS", "dcmqrscp matches on Patient ID"},
      {"SWF-IM-040", "PASS", "dcmqrscp moves the study to HSTORE, listed in its HostTable"},
      {"SWF-IM-012", "FAIL", "no Storage Commitment SCP", "No acceptable Presentation Contexts"},
      {"SWF-IM-032", "PASS", "dcmqrscp applies wildcard, date range and universal matching"},
      {"SWF-IM-033", "WARNING", "dcmqrscp does not return the optional count keys (a SHOULD)"},
      {"SWF-IM-050", "ERROR", "the target file gives no HL7 address for RAD-4/RAD-13"},
      {"PIR-IM-060", "ERROR", "the target file gives no HL7 address for the A40"},
      {"PIR-IM-070", "FAIL", "dcmqrscp has no MPPS SCP: the unscheduled RAD-6 context is rejected",
       "No acceptable Presentation Contexts"},
      {"SWF-IM-060", "FAIL", "dcmqrscp has no MPPS SCP (and sends no IAN): the RAD-6 context is rejected",
       "No acceptable Presentation Contexts"},
      {"SWF-IM-070", "FAIL", "dcmqrscp has no MPPS SCP: the group case's RAD-6 context is rejected",
       "No acceptable Presentation Contexts"},
  };
  // The example names no <hl7> (dcmqrscp has none): the PIR scenarios cannot send RAD-4/12 and end in
  // Error, the harness's "not decided" (never Pass).
  expect_verdicts(result, table, kTimeout, "the target file gives no HL7 address for the PIR scenarios");
  EXPECT_EQ(result.exit_code, 1) << result.console;
  // SWF.b's Image Manager receives RAD-4/RAD-13 (SWF-IM-050), which this target cannot be sent: that
  // scenario is not decided (Error), but the Fails of commitment and MPPS decide the claim, and a claim's
  // Fail outranks its Error scenarios (scenarios/README.md). PIR likewise: PIR-IM-070's MPPS is refused.
  EXPECT_EQ(result.claim_verdicts.at("SWF.b:IM"), "FAIL");
  EXPECT_EQ(result.claim_verdicts.at("PIR:IM"), "FAIL");
  EXPECT_EQ(result.claim_verdicts.at("SWF.b:IM:pps-referenced-instances"), "FAIL");
}

// dcmjs-dimse as an archive (tests/peers/image_manager/stgcmt_archive_peer.js): its Client proposes no
// SCP/SCU Role Selection, so its storage commitment report comes from an association whose requestor is SCU
// (PS3.7 D.3.3.4): SWF-IM-012 fails on that alone; Orthanc above proposes the SCP role and passes.
TEST_F(RealImageManager, DcmjsArchiveReportingWithoutRoleSelectionFailsTheRoleCheck) {
  const auto port = free_port();
  const auto node_modules = source_dir() / "tests/peers/node/node_modules";
  ChildProcess peer({{"node", (source_dir() / "tests/peers/image_manager/stgcmt_archive_peer.js").string(),
                      std::to_string(port), "ORTHANC", std::to_string(harness_port_)},
                     dir_ / "peer.log",
                     {},
                     {{"NODE_PATH", node_modules.string()}}});
  ASSERT_TRUE(wait_for_port(port, std::chrono::seconds(10))) << peer.log();
  const auto result =
      run(example_target(dir_.path(), "orthanc-image-manager.xml",
                         {{14242, port}, {11113, harness_port_}, {12580, free_port()}}, kTimeout),
          {"--select", "SWF-IM-012"});
  expect_verdicts(result,
                  {{"SWF-IM-012", "FAIL", "the report association proposes no SCP role (PS3.7 D.3.3.4)",
                    "no SCP role proposed"}},
                  kTimeout);
  EXPECT_EQ(result.exit_code, 1) << result.console;
}

// A misconfigured site the other way round: dcmqrscp's HostTable lacks our storage AE, so the C-MOVE is
// refused with 0xA801 (Move Destination unknown, PS3.4 C.4.2.1.5): a Fail naming that status's evidence.
TEST_F(RealImageManager, DcmqrscpThatDoesNotKnowOurStorageAeRefusesTheMove) {
  DcmqrscpServer dcmqrscp(dir_ / "dcmqrscp", "DCMQR", {{"HARNESS", harness_port_}});
  const auto result =
      run(target("dcmqrscp-image-manager.xml", 11115, dcmqrscp.port()), {"--select", "SWF-IM-040"});
  expect_verdicts(
      result,
      {{"SWF-IM-040", "FAIL", "dcmqrscp answers 0xA801 for a destination not in its HostTable", "0xA801"}},
      kTimeout);
  EXPECT_EQ(result.exit_code, 1) << result.console;
}

}  // namespace
}  // namespace ihe::test
