// Storage Commitment with the report on the same association (PS3.4 J.3.3, PS3.7 10.1.1): a scripted
// peer answers our N-ACTION, then sends an N-EVENT-REPORT; we must receive it within the deadline and
// answer it with success.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/component/dicom_scu/scripted_peer.h"

namespace ihe::net {
namespace {

using test::ImplicitLittleEndian;
using test::ScriptedPeer;
using namespace std::chrono_literals;

constexpr const char* kCommitment = "1.2.840.10008.1.20.1";
constexpr const char* kCommitmentInstance = "1.2.840.10008.1.20.1.1";

// One DIMSE message read from P-DATA-TF PDUs: the command set and, when announced, the data set.
struct Message {
  std::vector<std::uint8_t> command;
  std::vector<std::uint8_t> dataset;
};

std::optional<Message> read_message(int socket) {
  Message message;
  bool command_done = false;
  bool dataset_expected = true;
  while (true) {
    const auto pdu = ScriptedPeer::read_pdu(socket);
    if (!pdu || pdu->type != 0x04) return std::nullopt;
    for (std::size_t at = 0; at + 6 <= pdu->body.size();) {
      const std::uint32_t length = std::uint32_t{pdu->body[at]} << 24 | std::uint32_t{pdu->body[at + 1]} << 16 |
                                   std::uint32_t{pdu->body[at + 2]} << 8 | pdu->body[at + 3];
      const std::uint8_t control = pdu->body[at + 5];
      auto& target = (control & 0x01) ? message.command : message.dataset;
      target.insert(target.end(), pdu->body.begin() + static_cast<long>(at + 6),
                    pdu->body.begin() + static_cast<long>(at + 4 + length));
      if (control == 0x03) {
        command_done = true;
        dataset_expected = ImplicitLittleEndian::find_us(message.command, 0x0000, 0x0800) != 0x0101;
      }
      if (control == 0x02) return message;
      at += 4 + length;
    }
    if (command_done && !dataset_expected) return message;
  }
}

// Answers A-RELEASE-RQ with A-RELEASE-RP so our release completes (PS3.8 9.3.6, 9.3.7).
void answer_release(int socket, ScriptedPeer& peer) {
  while (!peer.stopping()) {
    const auto pdu = ScriptedPeer::read_pdu(socket);
    if (pdu && pdu->type == 0x05) ScriptedPeer::write_all(socket, {0x06, 0, 0, 0, 0, 4, 0, 0, 0, 0});
    if (!pdu) std::this_thread::sleep_for(10ms);
  }
}

AssociationParams params_for(std::uint16_t port) {
  return {.calling_ae = "HARNESS", .called_ae = "SCRIPTED", .host = "127.0.0.1", .port = port,
          .contexts = {contexts::storage_commitment(ScuScpRole::Both)}, .timeouts = {1s, 1s, 1s}};
}

dicom::DicomDataset commitment_request() {
  dicom::DicomDataset request;
  request.set(*dicom::Tag::parse("TransactionUID"), "2.25.777");
  return request;
}

TEST(ScuEventReport, ReceivesTheReportOnTheSameAssociationAndAnswersSuccess) {
  std::atomic<int> response_command{-1};
  std::atomic<int> response_status{-1};
  ScriptedPeer peer([&](int socket, ScriptedPeer& self) {
    if (const auto rq = ScriptedPeer::read_pdu(socket); !rq || rq->type != 0x01) return;
    ScriptedPeer::write_all(socket, ScriptedPeer::associate_ac_first_context());
    const auto action = read_message(socket);
    if (!action) return;
    const auto message_id = ImplicitLittleEndian::find_us(action->command, 0x0000, 0x0110).value_or(0);
    ScriptedPeer::write_all(socket, ScriptedPeer::p_data(1, true, ImplicitLittleEndian()
                                                                      .ui(0x0000, 0x0002, kCommitment)
                                                                      .us(0x0000, 0x0100, 0x8130)
                                                                      .us(0x0000, 0x0120, message_id)
                                                                      .us(0x0000, 0x0800, 0x0101)
                                                                      .us(0x0000, 0x0900, 0x0000)
                                                                      .ui(0x0000, 0x1000, kCommitmentInstance)
                                                                      .command()));
    ScriptedPeer::write_all(socket, ScriptedPeer::p_data(1, true, ImplicitLittleEndian()
                                                                      .ui(0x0000, 0x0002, kCommitment)
                                                                      .us(0x0000, 0x0100, 0x0100)
                                                                      .us(0x0000, 0x0110, 7)
                                                                      .us(0x0000, 0x0800, 0x0000)
                                                                      .ui(0x0000, 0x1000, kCommitmentInstance)
                                                                      .us(0x0000, 0x1002, 1)
                                                                      .command()));
    ScriptedPeer::write_all(socket,
                            ScriptedPeer::p_data(1, false, ImplicitLittleEndian().ui(0x0008, 0x1195, "2.25.777").dataset()));
    if (const auto answer = read_message(socket)) {
      response_command = ImplicitLittleEndian::find_us(answer->command, 0x0000, 0x0100).value_or(0);
      response_status = ImplicitLittleEndian::find_us(answer->command, 0x0000, 0x0900).value_or(0xFFFF);
    }
    answer_release(socket, self);
  });

  DicomAssociation association(params_for(peer.port()));
  ASSERT_TRUE(association.open().ok());
  const NResult action = association.n_action(kCommitment, kCommitmentInstance, 1, commitment_request());
  ASSERT_TRUE(action.ok()) << action.detail;
  EXPECT_EQ(action.status, 0x0000);
  const ReceivedEventReport report = association.wait_event_report(2s);
  ASSERT_TRUE(report.ok()) << report.detail;
  EXPECT_EQ(report.event_type, 1);
  EXPECT_EQ(report.sop_class_uid, kCommitment);
  EXPECT_EQ(report.sop_instance_uid, kCommitmentInstance);
  const auto transaction = report.event_information.string(*dicom::Tag::parse("TransactionUID"));
  ASSERT_TRUE(transaction.has_value());
  EXPECT_EQ(*transaction, "2.25.777");
  EXPECT_TRUE(association.release().ok());
  EXPECT_EQ(response_command, 0x8100);  // N-EVENT-REPORT-RSP
  EXPECT_EQ(response_status, 0x0000);
}

TEST(ScuEventReport, WaitingWithoutAReportTimesOutAndKeepsTheAssociation) {
  ScriptedPeer peer([](int socket, ScriptedPeer& self) {
    if (const auto rq = ScriptedPeer::read_pdu(socket); !rq || rq->type != 0x01) return;
    ScriptedPeer::write_all(socket, ScriptedPeer::associate_ac_first_context());
    answer_release(socket, self);
  });
  DicomAssociation association(params_for(peer.port()));
  ASSERT_TRUE(association.open().ok());
  const ReceivedEventReport report = association.wait_event_report(1s);
  EXPECT_EQ(report.error, DicomError::timeout) << report.detail;
  EXPECT_TRUE(association.is_open());
  EXPECT_TRUE(association.release().ok());
}

}  // namespace
}  // namespace ihe::net
