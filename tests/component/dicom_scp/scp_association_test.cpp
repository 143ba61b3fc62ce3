// Association negotiation of the DICOM SCP against a scripted peer (PS3.8 9.3.3, 9.3.4; PS3.7 D.3.3.4).
#include <gtest/gtest.h>

#include "tests/component/dicom_scp/scp_test_support.h"
#include "tests/component/dicom_scp/scripted_peer.h"

namespace ihe::test {
namespace {

using net::DimseCommand;
using net::ScpEventKind;
using Peer = ScriptedPeer;

net::HandlerRegistry mpps_registry() {
  net::HandlerRegistry registry;
  registry.on_n(DimseCommand::NCreate, kMpps, [](const net::NRequest&) { return net::NResponse{}; });
  return registry;
}

TEST(DicomScpAssociation, RejectsAnUnknownCalledAeTitle) {
  EventLog log;
  auto server = start_server({}, mpps_registry(), log);
  Peer peer(server->port());
  const auto answer = peer.associate("MODALITY1", "NOBODY", {{1, kVerification}});
  EXPECT_EQ(answer.pdu_type, 0x03);       // A-ASSOCIATE-RJ
  EXPECT_EQ(answer.reject_result, 1);     // rejected-permanent
  EXPECT_EQ(answer.reject_source, 1);     // DICOM UL service-user
  EXPECT_EQ(answer.reject_reason, 7);     // called-AE-title-not-recognized (PS3.8 Table 9-21)
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::AssociationRejected && e.detail == "called AE title not recognized" &&
           e.association.called_ae == "NOBODY" && e.association.calling_ae == "MODALITY1" &&
           e.association.peer_address == "127.0.0.1";
  }));
}

TEST(DicomScpAssociation, RejectsTransientlyBeyondMaxAssociations) {
  EventLog log;
  net::ServerConfig config;
  config.max_associations = 1;
  auto server = start_server(config, {}, log);
  Peer first(server->port());
  ASSERT_EQ(first.associate("MODALITY1", "HARNESS", {{1, kVerification}}).pdu_type, 0x02);
  Peer second(server->port());
  const auto answer = second.associate("MODALITY2", "HARNESS", {{1, kVerification}});
  EXPECT_EQ(answer.pdu_type, 0x03);
  EXPECT_EQ(answer.reject_result, 2);  // rejected-transient
  EXPECT_EQ(answer.reject_source, 3);  // service provider (presentation related)
  EXPECT_EQ(answer.reject_reason, 2);  // local-limit-exceeded (PS3.8 Table 9-21)
  EXPECT_TRUE(first.release());
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::AssociationRejected && e.detail == "local limit exceeded" &&
           e.association.calling_ae == "MODALITY2";
  }));
}

TEST(DicomScpAssociation, RejectsACallingAeOutsideTheAllowList) {
  EventLog log;
  net::ServerConfig config;
  config.allowed_calling_aes = {"MODALITY1"};
  auto server = start_server(config, mpps_registry(), log);
  Peer stranger(server->port());
  const auto rejected = stranger.associate("STRANGER", "HARNESS", {{1, kVerification}});
  EXPECT_EQ(rejected.pdu_type, 0x03);
  EXPECT_EQ(rejected.reject_reason, 3);  // calling-AE-title-not-recognized
  Peer known(server->port());
  EXPECT_EQ(known.associate("MODALITY1", "HARNESS", {{1, kVerification}}).pdu_type, 0x02);
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::AssociationRejected && e.detail == "calling AE title not recognized";
  }));
}

TEST(DicomScpAssociation, AcceptsAnyOfSeveralAeTitles) {
  EventLog log;
  net::ServerConfig config;
  config.ae_titles = {"IM_AE", "IA_AE"};
  auto server = start_server(config, mpps_registry(), log);
  Peer first(server->port());
  EXPECT_EQ(first.associate("MODALITY1", "IM_AE", {{1, kVerification}}).pdu_type, 0x02);
  Peer second(server->port());
  EXPECT_EQ(second.associate("MODALITY1", "IA_AE", {{1, kVerification}}).pdu_type, 0x02);
}

TEST(DicomScpAssociation, AcceptsContextsOnlyForRegisteredSopClassesAndVerification) {
  EventLog log;
  auto server = start_server({}, mpps_registry(), log);
  Peer peer(server->port());
  const auto answer = peer.associate("MODALITY1", "HARNESS", {{1, kVerification}, {3, kMpps}, {5, kCtImage}});
  ASSERT_EQ(answer.pdu_type, 0x02);
  EXPECT_EQ(answer.context_results.at(1), 0);  // acceptance
  EXPECT_EQ(answer.context_results.at(3), 0);
  EXPECT_EQ(answer.context_results.at(5), 3);  // abstract-syntax-not-supported (PS3.8 9.3.3.2)
  EXPECT_TRUE(log.wait_for_kind(ScpEventKind::AssociationAccepted));
}

TEST(DicomScpAssociation, AnswersCEchoAndAcknowledgesRelease) {
  EventLog log;
  auto server = start_server({}, {}, log);
  Peer peer(server->port());
  ASSERT_EQ(peer.associate("MODALITY1", "HARNESS", {{1, kVerification}}).pdu_type, 0x02);
  peer.send_message(1, {{0x0002, Peer::ui(kVerification)}, {0x0100, Peer::us(0x0030)}, {0x0110, Peer::us(7)}});
  const auto response = peer.receive_message();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->us(0x0100), 0x8030);  // C-ECHO-RSP
  EXPECT_EQ(response->us(0x0120), 7);       // message ID being responded to
  EXPECT_EQ(response->us(0x0900), 0x0000);
  EXPECT_TRUE(peer.release());
  EXPECT_TRUE(log.wait_for_kind(ScpEventKind::AssociationReleased));
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::ResponseSent && e.command == DimseCommand::CEcho && e.status == 0;
  }));
}

}  // namespace
}  // namespace ihe::test
