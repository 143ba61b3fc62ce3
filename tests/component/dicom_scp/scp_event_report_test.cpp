// Storage commitment reports received by our SCP (we are the storage commitment SCU, PS3.4 J.3.3): the
// report association may propose the SCP role for its sender or no role selection at all; both are
// accepted (targets.md pitfall 13). Also: our own sender against our own server.
#include <gtest/gtest.h>

#include <mutex>

#include "actors/net/dicom/scp/event_report_sender.h"
#include "tests/component/dicom_scp/scp_test_support.h"
#include "tests/component/dicom_scp/scripted_peer.h"

namespace ihe::test {
namespace {

using net::DimseCommand;
using Peer = ScriptedPeer;

const dicom::Tag kTransactionUid{0x0008, 0x1195};
const std::string kStgCmtInstance = "1.2.840.10008.1.20.1.1";

struct ReportInbox {
  std::mutex mutex;
  std::vector<net::NRequest> reports;
  net::HandlerRegistry registry() {
    net::HandlerRegistry r;
    r.on_n(DimseCommand::NEventReport, kStorageCommitment, [this](const net::NRequest& request) {
      const std::lock_guard lock(mutex);
      reports.push_back(request);
      return net::NResponse{};
    });
    return r;
  }
};

TEST(DicomScpEventReport, AcceptsAReportProposingTheScpRoleFromOurOwnSender) {
  ReportInbox inbox;
  EventLog log;
  auto server = start_server({}, inbox.registry(), log);
  net::EventReport report{kStorageCommitment, kStgCmtInstance, 2, {}};
  report.dataset.set(kTransactionUid, dicom::Vr::UI, "1.2.3.4");
  const auto outcome = net::send_event_report("ARCHIVE", {"HARNESS", "127.0.0.1", server->port()}, report,
                                              std::chrono::seconds(5));
  EXPECT_FALSE(outcome.error) << outcome.error.message();
  EXPECT_EQ(outcome.status, 0);
  const std::lock_guard lock(inbox.mutex);
  ASSERT_EQ(inbox.reports.size(), 1u);
  EXPECT_EQ(inbox.reports[0].type_id, 2);  // event type 2: failures exist (PS3.4 J.3.3.1)
  EXPECT_EQ(inbox.reports[0].sop_instance_uid, kStgCmtInstance);
  EXPECT_EQ(inbox.reports[0].association.calling_ae, "ARCHIVE");
  EXPECT_EQ(inbox.reports[0].association.scp_role_proposed, std::set<std::string>{kStorageCommitment});
  EXPECT_EQ(inbox.reports[0].dataset.string(kTransactionUid), "1.2.3.4");
}

TEST(DicomScpEventReport, AcceptsAReportWithoutRoleSelection) {
  ReportInbox inbox;
  EventLog log;
  auto server = start_server({}, inbox.registry(), log);
  Peer peer(server->port());  // the scripted peer never proposes role selection, like Orthanc
  const auto answer = peer.associate("ORTHANC", "HARNESS", {{1, kStorageCommitment}});
  ASSERT_EQ(answer.pdu_type, 0x02);
  ASSERT_EQ(answer.context_results.at(1), 0);
  EXPECT_FALSE(answer.role_selection);  // PS3.7 D.3.3.4: no role selection answered when none was proposed
  peer.send_message(1,
                    {{0x0002, Peer::ui(kStorageCommitment)},
                     {0x0100, Peer::us(0x0100)},
                     {0x0110, Peer::us(5)},
                     {0x1000, Peer::ui(kStgCmtInstance)},
                     {0x1002, Peer::us(1)}},
                    Peer::element(0x0008, 0x1195, "1.2.3.4"));
  const auto rsp = peer.receive_message();
  ASSERT_TRUE(rsp);
  EXPECT_EQ(rsp->us(0x0100), 0x8100);
  EXPECT_EQ(rsp->us(0x0900), 0x0000);
  EXPECT_EQ(rsp->us(0x1002), 1);
  EXPECT_TRUE(peer.release());
  const std::lock_guard lock(inbox.mutex);
  ASSERT_EQ(inbox.reports.size(), 1u);
  EXPECT_EQ(inbox.reports[0].type_id, 1);
  EXPECT_TRUE(inbox.reports[0].association.scp_role_proposed.empty());
}

TEST(DicomScpEventReport, OurSenderReportsARefusedAssociationAsAnError) {
  EventLog log;
  auto server =
      start_server({}, {}, log);  // no report handler: the context is refused, so is the association
  const auto outcome =
      net::send_event_report("ARCHIVE", {"HARNESS", "127.0.0.1", server->port()},
                             {kStorageCommitment, kStgCmtInstance, 1, {}}, std::chrono::seconds(5));
  EXPECT_TRUE(outcome.error);
}

TEST(DicomServer, PortZeroListensOnAFreePortItReports) {
  EventLog log;
  net::ServerConfig config;
  config.port = 0;
  net::DicomServer server(config, {});
  server.subscribe(log.observer());
  server.start();
  ASSERT_NE(server.port(), 0);
  Peer peer(server.port());
  EXPECT_EQ(peer.associate("MODALITY1", "HARNESS", {{1, kVerification}}).pdu_type, 0x02);
}

}  // namespace
}  // namespace ihe::test
