// Dispatch through the HandlerRegistry keyed by (DIMSE command, SOP class) and the fallbacks that keep the
// peer answered (PS3.7 C.4, STYLE.md items 5 and 6), driven by a scripted peer.
#include <gtest/gtest.h>

#include <future>
#include <stdexcept>

#include "tests/component/dicom_scp/scp_test_support.h"
#include "tests/component/dicom_scp/scripted_peer.h"

namespace ihe::test {
namespace {

using net::DimseCommand;
using net::ScpEventKind;
using Peer = ScriptedPeer;

const dicom::Tag kModality{0x0008, 0x0060};

struct Recorded {
  std::mutex mutex;
  std::vector<net::NRequest> requests;
  net::NHandler handler(net::NResponse response = {}) {
    return [this, response](const net::NRequest& r) {
      const std::lock_guard lock(mutex);
      requests.push_back(r);
      return response;
    };
  }
};

// An associated scripted peer proposing `abstract_syntax` as presentation context 1.
std::unique_ptr<Peer> associated(const net::DicomServer& server, const char* abstract_syntax) {
  auto peer = std::make_unique<Peer>(server.port());
  const auto answer = peer->associate("MODALITY1", "HARNESS", {{1, abstract_syntax}, {3, kVerification}});
  if (answer.pdu_type != 0x02 || answer.context_results.at(1) != 0) return nullptr;
  return peer;
}

TEST(DicomScpDispatch, RoutesNCreateAndNSetBySopClassToTheirHandlers) {
  Recorded created, set;
  net::HandlerRegistry registry;
  registry.on_n(DimseCommand::NCreate, kMpps, created.handler());
  registry.on_n(DimseCommand::NSet, kMpps, set.handler());
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  auto peer = associated(*server, kMpps);
  ASSERT_TRUE(peer);

  peer->send_message(1, {{0x0002, Peer::ui(kMpps)}, {0x0100, Peer::us(0x0140)}, {0x0110, Peer::us(1)},
                         {0x1000, Peer::ui("1.2.3.4.5")}},
                     Peer::element(0x0008, 0x0060, "CT"));
  const auto create_rsp = peer->receive_message();
  ASSERT_TRUE(create_rsp);
  EXPECT_EQ(create_rsp->us(0x0100), 0x8140);
  EXPECT_EQ(create_rsp->us(0x0900), 0x0000);
  EXPECT_EQ(create_rsp->ui(0x1000), "1.2.3.4.5");

  peer->send_message(1, {{0x0003, Peer::ui(kMpps)}, {0x0100, Peer::us(0x0120)}, {0x0110, Peer::us(2)},
                         {0x1001, Peer::ui("1.2.3.4.5")}},
                     Peer::element(0x0008, 0x0060, "MR"));
  const auto set_rsp = peer->receive_message();
  ASSERT_TRUE(set_rsp);
  EXPECT_EQ(set_rsp->us(0x0100), 0x8120);
  EXPECT_EQ(set_rsp->us(0x0900), 0x0000);

  ASSERT_EQ(created.requests.size(), 1u);
  EXPECT_EQ(created.requests[0].command, DimseCommand::NCreate);
  EXPECT_EQ(created.requests[0].sop_instance_uid, "1.2.3.4.5");
  EXPECT_EQ(created.requests[0].association.calling_ae, "MODALITY1");
  EXPECT_EQ(created.requests[0].dataset.string(kModality), "CT");
  ASSERT_EQ(set.requests.size(), 1u);
  EXPECT_EQ(set.requests[0].command, DimseCommand::NSet);
  EXPECT_EQ(set.requests[0].dataset.string(kModality), "MR");
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::CommandReceived && e.command == DimseCommand::NCreate && e.dataset &&
           e.dataset->string(kModality) == "CT";
  }));
}

TEST(DicomScpDispatch, AnswersAnUnregisteredCommandOfAKnownSopClassWith0211) {
  net::HandlerRegistry registry;
  registry.on_n(DimseCommand::NCreate, kMpps, [](const net::NRequest&) { return net::NResponse{}; });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  auto peer = associated(*server, kMpps);
  ASSERT_TRUE(peer);
  peer->send_message(1, {{0x0003, Peer::ui(kMpps)}, {0x0100, Peer::us(0x0120)}, {0x0110, Peer::us(1)},
                         {0x1001, Peer::ui("1.2.3")}},
                     Peer::element(0x0008, 0x0060, "CT"));
  const auto rsp = peer->receive_message();
  ASSERT_TRUE(rsp);
  EXPECT_EQ(rsp->us(0x0100), 0x8120);
  EXPECT_EQ(rsp->us(0x0900), 0x0211);  // unrecognized operation
  // N-GET is never dispatched: the same status, and the association stays usable.
  peer->send_message(1, {{0x0003, Peer::ui(kMpps)}, {0x0100, Peer::us(0x0110)}, {0x0110, Peer::us(2)},
                         {0x1001, Peer::ui("1.2.3")}});
  const auto get_rsp = peer->receive_message();
  ASSERT_TRUE(get_rsp);
  EXPECT_EQ(get_rsp->us(0x0100), 0x8110);
  EXPECT_EQ(get_rsp->us(0x0900), 0x0211);
  EXPECT_TRUE(peer->release());
}

TEST(DicomScpDispatch, TurnsAHandlerExceptionIntoProcessingFailure0110) {
  net::HandlerRegistry registry;
  registry.on_n(DimseCommand::NAction, kStorageCommitment,
                [](const net::NRequest&) -> net::NResponse { throw std::runtime_error("database on fire"); });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  auto peer = associated(*server, kStorageCommitment);
  ASSERT_TRUE(peer);
  peer->send_message(1, {{0x0003, Peer::ui(kStorageCommitment)}, {0x0100, Peer::us(0x0130)}, {0x0110, Peer::us(1)},
                         {0x1001, Peer::ui("1.2.840.10008.1.20.1.1")}, {0x1008, Peer::us(1)}});
  const auto rsp = peer->receive_message();
  ASSERT_TRUE(rsp);
  EXPECT_EQ(rsp->us(0x0100), 0x8130);
  EXPECT_EQ(rsp->us(0x0900), 0x0110);
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::HandlerFailed && e.detail == "database on fire";
  }));
  // The association survives: a C-ECHO on context 3 is still answered.
  peer->send_message(3, {{0x0002, Peer::ui(kVerification)}, {0x0100, Peer::us(0x0030)}, {0x0110, Peer::us(2)}});
  const auto echo = peer->receive_message();
  ASSERT_TRUE(echo);
  EXPECT_EQ(echo->us(0x0900), 0x0000);
}

TEST(DicomScpDispatch, SendsTheStorageCommitmentReportOnTheSameAssociationAfterTheActionResponse) {
  net::HandlerRegistry registry;
  registry.on_n(DimseCommand::NAction, kStorageCommitment, [](const net::NRequest& r) {
    net::NResponse response;
    net::EventReport report{kStorageCommitment, r.sop_instance_uid, 1, {}};
    report.dataset.set(dicom::Tag{0x0008, 0x1195}, dicom::Vr::UI, "1.2.3.99");  // Transaction UID
    response.report_after = report;
    return response;
  });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  auto peer = associated(*server, kStorageCommitment);
  ASSERT_TRUE(peer);
  peer->send_message(1, {{0x0003, Peer::ui(kStorageCommitment)}, {0x0100, Peer::us(0x0130)}, {0x0110, Peer::us(1)},
                         {0x1001, Peer::ui("1.2.840.10008.1.20.1.1")}, {0x1008, Peer::us(1)}},
                     Peer::element(0x0008, 0x1195, "1.2.3.99"));
  const auto action_rsp = peer->receive_message();
  ASSERT_TRUE(action_rsp);
  EXPECT_EQ(action_rsp->us(0x0100), 0x8130);
  EXPECT_EQ(action_rsp->us(0x0900), 0x0000);
  const auto report = peer->receive_message();
  ASSERT_TRUE(report);
  EXPECT_EQ(report->us(0x0100), 0x0100);  // N-EVENT-REPORT-RQ
  EXPECT_EQ(report->us(0x1002), 1);       // event type 1: all instances committed (PS3.4 J.3.3.1)
  EXPECT_EQ(report->ui(0x1000), "1.2.840.10008.1.20.1.1");
  EXPECT_FALSE(report->dataset.empty());
  peer->send_message(1, {{0x0002, Peer::ui(kStorageCommitment)}, {0x0100, Peer::us(0x8100)},
                         {0x0120, report->command.at(0x0110)}, {0x0900, Peer::us(0x0000)},
                         {0x1000, Peer::ui("1.2.840.10008.1.20.1.1")}, {0x1002, Peer::us(1)}});
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::ResponseReceived && e.command == DimseCommand::NEventReport && e.status == 0 &&
           e.detail.empty();
  }));
}

TEST(DicomScpDispatch, StopsPendingFindResponsesOnCCancel) {
  std::promise<void> cancel_sent;
  auto cancel_sent_future = cancel_sent.get_future().share();
  net::HandlerRegistry registry;
  registry.on_find(kStudyRootFind, [cancel_sent_future](const net::FindRequest&) {
    cancel_sent_future.wait_for(std::chrono::seconds(5));
    net::FindResponse response;
    response.matches.resize(3);
    return response;
  });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  auto peer = associated(*server, kStudyRootFind);
  ASSERT_TRUE(peer);
  peer->send_message(1, {{0x0002, Peer::ui(kStudyRootFind)}, {0x0100, Peer::us(0x0020)}, {0x0110, Peer::us(9)},
                         {0x0700, Peer::us(0)}},
                     Peer::element(0x0008, 0x0052, "STUDY"));
  peer->send_message(1, {{0x0100, Peer::us(0x0FFF)}, {0x0120, Peer::us(9)}});  // C-CANCEL-RQ
  cancel_sent.set_value();
  const auto rsp = peer->receive_message();
  ASSERT_TRUE(rsp);
  EXPECT_EQ(rsp->us(0x0100), 0x8020);
  EXPECT_EQ(rsp->us(0x0900), 0xFE00);  // cancelled, no pending response sent (PS3.4 C.4.1.1.4)
}

}  // namespace
}  // namespace ihe::test
