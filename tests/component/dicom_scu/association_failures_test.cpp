// Our SCU against scripted peers that misbehave at the association and PDU level (PS3.8 9): each call ends
// within its deadline with the DicomError that names what the peer did.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/component/dicom_scu/scripted_peer.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/test_images.h"

namespace ihe::net {
namespace {

using test::ScriptedPeer;
using namespace std::chrono_literals;

AssociationParams params_for(std::uint16_t port, std::vector<PresentationContext> contexts) {
  AssociationParams params{.calling_ae = "HARNESS", .called_ae = "SCRIPTED", .host = "127.0.0.1", .port = port,
                           .contexts = std::move(contexts), .timeouts = {1s, 1s, 1s}};
  return params;
}

// Holds the connection open, reading whatever arrives, until the test ends.
void stay_silent(int socket, ScriptedPeer& peer) {
  while (!peer.stopping() && ScriptedPeer::read_pdu(socket)) {
  }
  while (!peer.stopping()) std::this_thread::sleep_for(10ms);
}

// Generous bound: the deadline is 1 s; the point is that the call does not hang.
constexpr auto kWithinDeadline = 6s;

TEST(ScuAssociation, TimesOutWhenThePeerNeverAnswersTheAssociateRequest) {
  ScriptedPeer peer([](int socket, ScriptedPeer& self) {
    while (!self.stopping()) std::this_thread::sleep_for(10ms);
    (void)socket;
  });
  DicomAssociation association(params_for(peer.port(), {contexts::verification()}));
  const auto started = std::chrono::steady_clock::now();
  const DicomOutcome outcome = association.open();
  EXPECT_EQ(outcome.error, DicomError::timeout) << outcome.detail;
  EXPECT_LT(std::chrono::steady_clock::now() - started, kWithinDeadline);
  EXPECT_FALSE(association.is_open());
}

TEST(ScuAssociation, ExposesTheRejectResultSourceAndReason) {
  ScriptedPeer peer([](int socket, ScriptedPeer&) {
    if (const auto rq = ScriptedPeer::read_pdu(socket); rq && rq->type == 0x01)
      ScriptedPeer::write_all(socket, ScriptedPeer::associate_rj(1, 1, 7));
  });
  DicomAssociation association(params_for(peer.port(), {contexts::verification()}));
  const DicomOutcome outcome = association.open();
  EXPECT_EQ(outcome.error, DicomError::association_rejected) << outcome.detail;
  ASSERT_TRUE(association.rejection().has_value());
  EXPECT_EQ(association.rejection()->result, 1);
  EXPECT_EQ(association.rejection()->source, 1);
  EXPECT_EQ(association.rejection()->reason, 7);
  EXPECT_NE(outcome.detail.find("called AE title not recognized"), std::string::npos) << outcome.detail;
}

TEST(ScuAssociation, ReportsAbortWhenThePeerAbortsOnTheFirstStoreData) {
  test::TempDir dir;
  test::write_test_image(dir / "image.dcm", {});
  ScriptedPeer peer([](int socket, ScriptedPeer& self) {
    if (const auto rq = ScriptedPeer::read_pdu(socket); !rq || rq->type != 0x01) return;
    ScriptedPeer::write_all(socket, ScriptedPeer::associate_ac_first_context());
    if (const auto data = ScriptedPeer::read_pdu(socket); data && data->type == 0x04)
      ScriptedPeer::write_all(socket, ScriptedPeer::abort_pdu());
    stay_silent(socket, self);
  });
  DicomAssociation association(params_for(peer.port(), contexts::storage_for_files({dir / "image.dcm"})));
  ASSERT_TRUE(association.open().ok());
  const DimseResult result = association.store_file(dir / "image.dcm");
  EXPECT_EQ(result.error, DicomError::association_aborted) << result.detail;
  EXPECT_FALSE(association.is_open());
  EXPECT_EQ(association.echo().error, DicomError::association_aborted);  // later calls fail fast
}

TEST(ScuAssociation, TimesOutWhenTheAcceptedPeerNeverAnswersTheEcho) {
  ScriptedPeer peer([](int socket, ScriptedPeer& self) {
    if (const auto rq = ScriptedPeer::read_pdu(socket); !rq || rq->type != 0x01) return;
    ScriptedPeer::write_all(socket, ScriptedPeer::associate_ac_first_context());
    stay_silent(socket, self);
  });
  DicomAssociation association(params_for(peer.port(), {contexts::verification()}));
  ASSERT_TRUE(association.open().ok());
  const auto started = std::chrono::steady_clock::now();
  const DimseResult result = association.echo();
  EXPECT_EQ(result.error, DicomError::timeout) << result.detail;
  EXPECT_LT(std::chrono::steady_clock::now() - started, kWithinDeadline);
  EXPECT_FALSE(association.is_open());
}

TEST(ScuAssociation, ReportsConnectionFailureOnAClosedPort) {
  DicomAssociation association(params_for(test::free_port(), {contexts::verification()}));
  const DicomOutcome outcome = association.open();
  EXPECT_EQ(outcome.error, DicomError::connection_failed) << outcome.detail;
  EXPECT_FALSE(association.rejection().has_value());
}

TEST(ScuAssociation, ReportsProtocolErrorWhenThePeerSendsGarbage) {
  ScriptedPeer peer([](int socket, ScriptedPeer& self) {
    if (!ScriptedPeer::read_pdu(socket)) return;
    const std::string garbage = "HTTP/1.1 400 Bad Request\r\n\r\n";
    ScriptedPeer::write_all(socket, {garbage.begin(), garbage.end()});
    stay_silent(socket, self);
  });
  DicomAssociation association(params_for(peer.port(), {contexts::verification()}));
  const auto started = std::chrono::steady_clock::now();
  const DicomOutcome outcome = association.open();
  EXPECT_EQ(outcome.error, DicomError::protocol_error) << outcome.detail;
  EXPECT_LT(std::chrono::steady_clock::now() - started, kWithinDeadline);
}

}  // namespace
}  // namespace ihe::net
